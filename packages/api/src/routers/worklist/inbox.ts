import { z } from "zod";
import { SLA_LABELS, slaStateOf, stepsActedOnBy, workingMinutesBetween } from "@perizinan/domain";
import { sopOfVersion } from "@perizinan/usecases";
import { loadCalendar } from "@perizinan/db/files";
import { staffProcedure } from "../../trpc";
import { fileRow } from "./file-row";

const input = z.object({
  search: z.string().trim().max(100).optional(),
  permitTypeCode: z.string().max(60).optional(),
  sla: z.enum(["ON_TIME", "AT_RISK", "OVERDUE"]).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(5).max(100).default(20),
});

/**
 * Kotak Masuk ("Menunggu tindakan saya"): exactly the files whose current step offers this user a
 * step action — in a role of theirs as the step's role or an action's performer, and, where the
 * file names members for that role (the Tim Teknis assigned at step 5), only if they are named.
 * Read from each file's own SOP version; matched in SQL on stored columns; most urgent first.
 */
export const inbox = staffProcedure("worklist.view")
  .input(input)
  .query(async ({ ctx, input }) => {
    const officeId = ctx.user.officeId;
    const versions = await ctx.db.sopVersion.findMany({ where: { officeId } });
    const me = ctx.user.id;
    const mine = versions.flatMap((v) =>
      stepsActedOnBy(sopOfVersion(v), ctx.user).map(({ step, role }) => ({
        sopVersionId: v.id,
        currentStep: step,
        OR: [{ NOT: { restrictedRoles: { has: role } } }, { assignees: { has: me } }],
      })),
    );
    if (mine.length === 0) return { items: [], total: 0, page: input.page, pageSize: input.pageSize };
    const search = input.search;
    // The step's due and at-risk moments are stored with the file, so these filters run in SQL.
    const now = new Date();
    const where = {
      officeId,
      status: "IN_PROGRESS" as const,
      OR: mine,
      ...(input.permitTypeCode ? { permitType: { code: input.permitTypeCode } } : {}),
      ...(input.sla === "OVERDUE" ? { stepDueAt: { lt: now } } : {}),
      ...(input.sla === "AT_RISK" ? { stepAtRiskAt: { lt: now }, stepDueAt: { gte: now } } : {}),
      ...(input.sla === "ON_TIME" ? { stepAtRiskAt: { gte: now } } : {}),
      ...(search
        ? {
            AND: [
              {
                OR: [
                  { registrationNumber: { contains: search, mode: "insensitive" as const } },
                  { applicant: { name: { contains: search, mode: "insensitive" as const } } },
                ],
              },
            ],
          }
        : {}),
    };
    const [total, files, calendar] = await Promise.all([
      ctx.db.application.count({ where }),
      ctx.db.application.findMany({
        where,
        include: { applicant: { select: { name: true } }, permitType: { select: { name: true } }, sopVersion: true },
        orderBy: [{ stepDueAt: "asc" }, { stepStartedAt: "asc" }],
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
      }),
      loadCalendar(ctx.db, officeId),
    ]);
    const items = files.map((f) => {
      const sop = sopOfVersion(f.sopVersion);
      const step = sop.steps.find((s) => s.no === f.currentStep);
      const spent = workingMinutesBetween(calendar, f.stepStartedAt, now);
      const standard = step?.standardMinutes ?? 0;
      const sla = slaStateOf(spent, standard);
      return {
        ...fileRow(f, step),
        dueAt: f.stepDueAt,
        minutesLeft: standard - spent,
        sla,
        slaLabel: SLA_LABELS[sla],
      };
    });
    return {
      total,
      page: input.page,
      pageSize: input.pageSize,
      items,
    };
  });
