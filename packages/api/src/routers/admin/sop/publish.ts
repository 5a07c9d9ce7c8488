import { z } from "zod";
import { publishRevision } from "@perizinan/usecases";
import { staffProcedure } from "../../../trpc";

/**
 * A step as the administrator edited it. Deliberately loose: whatever is wrong (a role that may
 * not act, a standard time of 0, an empty text) is found by the domain's validateSop, which lists
 * every problem at once.
 */
const stepChange = z.object({
  no: z.number().int(),
  role: z.string().max(40),
  standardMinutes: z.number(),
  activity: z.string().max(500),
  output: z.string().max(500),
  /** The office has confirmed the role reading: the step's reading note is dropped. */
  confirmRoleReading: z.boolean().optional(),
});

export const publishSopSchema = z.object({
  permitTypeId: z.string().min(1).max(60),
  /** The version the form was filled from; a newer one published meanwhile is a conflict. */
  basedOnVersion: z.number().int().min(1),
  steps: z.array(stepChange).max(200),
});

/**
 * Publishes the administrator's changes to steps (role, standard time, activity, output) as the
 * permit type's next version: the newest definition with its flow of new applications changed,
 * judged whole by the domain (validateSop inside validatePermitType). Files already under way
 * keep the version they started under; new drafts take this one.
 */
export const publish = staffProcedure("sop.manage")
  .input(publishSopSchema)
  .mutation(async ({ ctx, input }) => {
    const published = await publishRevision(ctx.db, {
      officeId: ctx.user.officeId,
      permitTypeId: input.permitTypeId,
      by: ctx.user.id,
      basedOnVersion: input.basedOnVersion,
      revise(definition, problems) {
        const seen = new Set<number>();
        const steps = definition.flows.NEW.steps;
        for (const change of input.steps) {
          const step = steps.find((s) => s.no === change.no);
          if (!step) {
            problems.push({ path: "flows.NEW.steps", message: `Langkah ${change.no} tidak ada pada versi ${input.basedOnVersion}` });
            continue;
          }
          if (seen.has(change.no)) problems.push({ path: "flows.NEW.steps", message: `Langkah ${change.no} diubah lebih dari sekali dalam satu permintaan` });
          seen.add(change.no);
          Object.assign(step, { role: change.role, standardMinutes: change.standardMinutes, activity: change.activity, output: change.output });
          if (change.confirmRoleReading) delete step.roleReadingNote;
        }
        return definition;
      },
    });
    const sop = await ctx.db.sopVersion.findUniqueOrThrow({ where: { id: published.sopVersionIds.NEW! }, select: { id: true, version: true, publishedAt: true } });
    return sop;
  });
