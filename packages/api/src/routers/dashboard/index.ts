import { z } from "zod";
import { router, staffProcedure } from "../../trpc";
import { overview } from "../../dashboard/overview";
import { officers } from "../../dashboard/officers";
import { overdue } from "../../dashboard/overdue";
import { dashboardReport } from "../../dashboard/report";
import { dashboardInput, resolveScope } from "../../dashboard/scope";
import { steps } from "../../dashboard/steps";
import { trends } from "../../dashboard/trends";

/**
 * The Kadis's dashboard (also ADMIN and AUDITOR). Every figure is read from the rows derived from
 * the event history (StepStay, FileSummary) — see docs/adr/0006-dashboard-figures.md.
 */
const dashboardProcedure = staffProcedure("dashboard.view");

export const dashboardRouter = router({
  /** What the filters offer: the office's own permit types, and its clock (periods are its local dates). */
  options: dashboardProcedure.query(async ({ ctx }) => {
    const [office, permitTypes] = await Promise.all([
      ctx.db.office.findUniqueOrThrow({ where: { id: ctx.user.officeId }, select: { timeZone: true } }),
      ctx.db.permitType.findMany({ where: { officeId: ctx.user.officeId }, select: { id: true, name: true, active: true }, orderBy: { name: "asc" } }),
    ]);
    return { timeZone: office.timeZone, permitTypes };
  }),
  overview: dashboardProcedure.input(dashboardInput).query(async ({ ctx, input }) => overview(ctx.db, await resolveScope(ctx.db, ctx.user.officeId, input))),
  steps: dashboardProcedure.input(dashboardInput).query(async ({ ctx, input }) => steps(ctx.db, await resolveScope(ctx.db, ctx.user.officeId, input))),
  officers: dashboardProcedure.input(dashboardInput).query(async ({ ctx, input }) => officers(ctx.db, await resolveScope(ctx.db, ctx.user.officeId, input))),
  trends: dashboardProcedure
    .input(dashboardInput.extend({ granularity: z.enum(["week", "month"]).default("week") }))
    .query(async ({ ctx, input }) => trends(ctx.db, await resolveScope(ctx.db, ctx.user.officeId, input), input.granularity)),
  overdue: dashboardProcedure.input(dashboardInput).query(async ({ ctx, input }) => overdue(ctx.db, await resolveScope(ctx.db, ctx.user.officeId, input))),
  /** All of the above at once, for the CSV export and the printed monthly report. */
  report: dashboardProcedure
    .input(dashboardInput.extend({ granularity: z.enum(["week", "month"]).default("week") }))
    .query(async ({ ctx, input }) => dashboardReport(ctx.db, await resolveScope(ctx.db, ctx.user.officeId, input), input.granularity)),
});
