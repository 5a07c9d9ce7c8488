import { z } from "zod";
import { STATUS_LABELS } from "@perizinan/domain";
import { staffProcedure } from "../../trpc";

/**
 * Finds any submitted file of the office by registration number or applicant name, whatever its
 * status — how an auditor (or a step officer) reaches a file that is not in their inbox.
 */
export const search = staffProcedure("file.view.any")
  .input(z.object({ query: z.string().trim().min(2, "Ketik minimal 2 karakter.").max(100) }))
  .query(async ({ ctx, input }) => {
    const files = await ctx.db.application.findMany({
      where: {
        officeId: ctx.user.officeId,
        status: { not: "DRAFT" },
        OR: [
          { registrationNumber: { contains: input.query, mode: "insensitive" } },
          { applicant: { name: { contains: input.query, mode: "insensitive" } } },
        ],
      },
      include: { applicant: { select: { name: true } }, permitType: { select: { name: true } } },
      orderBy: { submittedAt: "desc" },
      take: 50,
    });
    return files.map((f) => ({
      id: f.id,
      registrationNumber: f.registrationNumber,
      applicantName: f.applicant.name,
      permitTypeName: f.permitType.name,
      statusLabel: STATUS_LABELS[f.status as keyof typeof STATUS_LABELS],
      currentStep: f.currentStep,
    }));
  });
