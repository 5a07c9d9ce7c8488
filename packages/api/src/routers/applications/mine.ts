import { STATUS_LABELS } from "@perizinan/domain";
import { applicantProcedure } from "../../trpc";

/** The applicant's own files — the query is scoped to the session's user, never to an input id. */
export const mine = applicantProcedure.query(async ({ ctx }) => {
  const files = await ctx.db.application.findMany({
    where: { applicantId: ctx.user.id },
    include: { permitType: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return files.map((f) => ({
    id: f.id,
    registrationNumber: f.registrationNumber,
    permitTypeName: f.permitType.name,
    status: f.status,
    statusLabel: f.status === "DRAFT" ? "Draf (belum diajukan)" : STATUS_LABELS[f.status],
    currentStep: f.currentStep,
    createdAt: f.createdAt,
    submittedAt: f.submittedAt,
  }));
});
