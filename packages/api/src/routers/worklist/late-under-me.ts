import { z } from "zod";
import { ROLE_LABELS, workingMinutesBetween } from "@perizinan/domain";
import { sopOfVersion } from "@perizinan/usecases";
import { loadCalendar } from "@perizinan/db/files";
import { lateUnder } from "@perizinan/db/outbox";
import { staffProcedure } from "../../trpc";
import { fileRow } from "./file-row";

/**
 * "Terlambat di bawah saya": the files the SOP's clock escalated to one of this user's roles, on
 * the step they wait at now, with whom they wait on — what a supervisor needs to chase or hand
 * the file to another member.
 */
export const lateUnderMe = staffProcedure("worklist.view")
  .input(z.object({ page: z.number().int().min(1).default(1), pageSize: z.number().int().min(5).max(100).default(20) }))
  .query(async ({ ctx, input }) => {
    const officeId = ctx.user.officeId;
    const { ids, total } = await lateUnder(ctx.db, officeId, ctx.user.roles, { skip: (input.page - 1) * input.pageSize, take: input.pageSize });
    const [files, calendar] = await Promise.all([
      ctx.db.application.findMany({
        where: { id: { in: ids } },
        include: { applicant: { select: { name: true } }, permitType: { select: { name: true } }, sopVersion: true },
      }),
      loadCalendar(ctx.db, officeId),
    ]);
    const named = await ctx.db.user.findMany({ where: { id: { in: files.flatMap((f) => f.assignees) } }, select: { id: true, name: true } });
    const nameOf = new Map(named.map((u) => [u.id, u.name]));
    const byId = new Map(files.map((f) => [f.id, f]));
    const now = new Date();
    const items = ids.flatMap((id) => {
      const f = byId.get(id);
      if (!f) return [];
      const step = sopOfVersion(f.sopVersion).steps.find((s) => s.no === f.currentStep);
      const role = step?.role ?? null;
      const members = role && f.restrictedRoles.includes(role) ? f.assignees.map((a) => nameOf.get(a) ?? a) : [];
      return [
        {
          ...fileRow(f, step),
          roleLabel: role ? ROLE_LABELS[role] : "",
          waitingOn: members.length > 0 ? members.join(", ") : role ? `semua ${ROLE_LABELS[role]}` : "",
          dueAt: f.stepDueAt,
          overdueMinutes: f.stepDueAt ? workingMinutesBetween(calendar, f.stepDueAt, now) : 0,
        },
      ];
    });
    return { total, page: input.page, pageSize: input.pageSize, items };
  });
