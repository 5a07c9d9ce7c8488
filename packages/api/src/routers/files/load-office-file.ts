import { can } from "@perizinan/domain";
import { definitionOfVersion, sopOfVersion } from "@perizinan/usecases";
import type { Context, CurrentUser } from "../../context";
import { AppError } from "../../errors";

/** A file of the staff member's own office; another office's file reads as missing. */
export async function loadOfficeFile(ctx: Context & { user: CurrentUser & { officeId: string } }, id: string) {
  const file = await ctx.db.application.findUnique({
    where: { id },
    include: {
      sopVersion: true,
      permitTypeVersion: { select: { id: true, status: true, definition: true } },
      applicant: { select: { id: true, name: true, email: true, phone: true, nik: true } },
      permitType: { include: { requirements: true } },
      documents: { orderBy: { createdAt: "asc" } },
      events: { orderBy: { seq: "asc" }, include: { actor: { select: { name: true } } } },
      office: true,
      issuedDocuments: { where: { supersededAt: null }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!file || file.status === "DRAFT" || !can(ctx.user, "file.view.any", { officeId: file.officeId }, { actorOfficeId: ctx.user.officeId })) {
    throw new AppError("NOT_FOUND", "Berkas tidak ditemukan.");
  }
  return { ...file, sop: sopOfVersion(file.sopVersion), definition: definitionOfVersion(file.permitTypeVersion) };
}
