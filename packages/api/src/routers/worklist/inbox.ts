import { z } from "zod";
import { SLA_LABELS, slaStateOf, sopDefinitionSchema, workingMinutesBetween, type Role } from "@perizinan/domain";
import { loadCalendar } from "@perizinan/db/files";
import { staffProcedure } from "../../trpc";

const input = z.object({
  search: z.string().trim().max(100).optional(),
  permitTypeCode: z.string().max(60).optional(),
  sla: z.enum(["ON_TIME", "AT_RISK", "OVERDUE"]).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(5).max(100).default(20),
});

/**
 * Kotak Masuk: the files whose current step belongs to one of the user's roles, most urgent
 * first. Which step belongs to which role is read from each file's own SOP version.
 */
export const inbox = staffProcedure("worklist.view")
  .input(input)
  .query(async ({ ctx, input }) => {
    const officeId = ctx.user.officeId;
    const versions = await ctx.db.sopVersion.findMany({ where: { officeId } });
    // (sopVersionId, step) pairs the user may act on, from the data.
    const mine = versions.flatMap((v) => {
      const sop = sopDefinitionSchema.parse(v.definition);
      return sop.steps
        .filter((s) => ctx.user.roles.includes(s.role as Role))
        .map((s) => ({ sopVersionId: v.id, currentStep: s.no }));
    });
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
      const sop = sopDefinitionSchema.parse(f.sopVersion.definition);
      const step = sop.steps.find((s) => s.no === f.currentStep);
      const spent = workingMinutesBetween(calendar, f.stepStartedAt, now);
      const standard = step?.standardMinutes ?? 0;
      const sla = slaStateOf(spent, standard);
      return {
        id: f.id,
        registrationNumber: f.registrationNumber,
        applicantName: f.applicant.name,
        permitTypeName: f.permitType.name,
        step: f.currentStep,
        activity: step?.activity ?? "",
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
