import { publishDraft as publish } from "@perizinan/usecases";
import { staffProcedure } from "../../../trpc";
import { permitTypeIdInput } from "./json-input";

/**
 * Publishes the type's draft as its next version, judged whole: refused with every problem at
 * its path (nothing changed) until it is right. Files under way keep the version they started under.
 */
export const publishDraft = staffProcedure("permitType.manage")
  .input(permitTypeIdInput)
  .mutation(async ({ ctx, input }) => {
    const published = await publish(ctx.db, { officeId: ctx.user.officeId, permitTypeId: input.permitTypeId, by: ctx.user.id });
    return { permitTypeId: published.permitTypeId, permitTypeVersionId: published.permitTypeVersionId, version: published.version };
  });
