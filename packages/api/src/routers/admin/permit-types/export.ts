import { exportDefinition } from "@perizinan/usecases";
import { staffProcedure } from "../../../trpc";
import { permitTypeIdInput } from "./json-input";

/** The newest published version of a type as a document to save (and the file name to save it under). */
export const exportDocument = staffProcedure("permitType.manage")
  .input(permitTypeIdInput)
  .query(async ({ ctx, input }) => {
    const document = await exportDefinition(ctx.db, { officeId: ctx.user.officeId, permitTypeId: input.permitTypeId });
    return { fileName: `${document.definition.code}.permit-type.json`, document };
  });
