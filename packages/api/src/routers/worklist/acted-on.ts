import { z } from "zod";
import { STATUS_LABELS } from "@perizinan/domain";
import { staffProcedure } from "../../trpc";

/** The files this staff member has acted on, most recent action first. */
export const actedOn = staffProcedure("worklist.view")
  .input(z.object({ page: z.number().int().min(1).default(1), pageSize: z.number().int().min(5).max(100).default(20) }))
  .query(async ({ ctx, input }) => {
    const where = { officeId: ctx.user.officeId, events: { some: { actorId: ctx.user.id } } };
    const [total, files] = await Promise.all([
      ctx.db.application.count({ where }),
      ctx.db.application.findMany({
        where,
        include: {
          applicant: { select: { name: true } },
          events: { where: { actorId: ctx.user.id }, orderBy: { seq: "desc" }, take: 1 },
        },
        orderBy: { updatedAt: "desc" },
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
      }),
    ]);
    return {
      total,
      page: input.page,
      pageSize: input.pageSize,
      items: files.map((f) => ({
        id: f.id,
        registrationNumber: f.registrationNumber,
        applicantName: f.applicant.name,
        status: f.status,
        statusLabel: f.status === "DRAFT" ? "Draf" : STATUS_LABELS[f.status],
        currentStep: f.currentStep,
        lastActionAt: f.events[0]?.at ?? null,
        lastAction: f.events[0]?.action ?? null,
        lastStep: f.events[0]?.fromStep ?? null,
      })),
    };
  });
