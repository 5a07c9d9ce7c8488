import { draftView } from "@perizinan/usecases";
import { staffProcedure } from "../../../trpc";
import { permitTypeIdInput } from "./json-input";

/**
 * What the definition editor opens: the type's draft, or its newest published definition when
 * there is none; what still stands in the way of publishing it (every problem at its path); and
 * the walk of each flow (every path to an end with its steps and standard time).
 */
export const draft = staffProcedure("permitType.manage")
  .input(permitTypeIdInput)
  .query(({ ctx, input }) => draftView(ctx.db, { officeId: ctx.user.officeId, permitTypeId: input.permitTypeId }));
