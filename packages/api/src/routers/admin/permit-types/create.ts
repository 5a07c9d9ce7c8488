import { z } from "zod";
import { createPermitType } from "@perizinan/usecases";
import { staffProcedure } from "../../../trpc";

/**
 * A new permit type whose first version is a draft: from scratch, or a copy of another type's
 * newest published definition under the new code and name. Applicants see it once it is published.
 * The code and name are judged by the domain's rules (a taken code is refused on `code`).
 */
export const create = staffProcedure("permitType.manage")
  .input(
    z.object({
      code: z.string().trim().max(60),
      name: z.string().trim().max(300),
      shortName: z.string().trim().max(100).optional(),
      from: z.union([z.literal("BLANK"), z.object({ cloneOf: z.string().min(1).max(60) })]).default("BLANK"),
    }),
  )
  .mutation(({ ctx, input }) =>
    createPermitType(ctx.db, {
      officeId: ctx.user.officeId,
      by: ctx.user.id,
      code: input.code.toUpperCase(),
      name: input.name,
      ...(input.shortName ? { shortName: input.shortName } : {}),
      from: input.from,
    }),
  );
