import { saveDraft as save, walkDefinition } from "@perizinan/usecases";
import { staffProcedure } from "../../../trpc";
import { jsonValue, permitTypeIdInput } from "./json-input";

/**
 * Saves the editor's definition as the type's draft (started if there is none), checked for
 * shape only so an unfinished one can be kept; answers with what still stands in the way of
 * publishing it and the walk of its flows.
 */
export const saveDraft = staffProcedure("permitType.manage")
  .input(permitTypeIdInput.extend({ definition: jsonValue("Definisi jenis izin") }))
  .mutation(async ({ ctx, input }) => {
    const saved = await save(ctx.db, { officeId: ctx.user.officeId, permitTypeId: input.permitTypeId, by: ctx.user.id, definition: input.definition });
    return { draftId: saved.draftId, version: saved.version, updatedAt: saved.updatedAt, problems: saved.problems, walk: walkDefinition(saved.definition) };
  });
