import type { PermitTypeDefinition, SopDefinition } from "@perizinan/domain";
import { definitionOfVersion, sopOfVersion } from "@perizinan/usecases";
import type { Context, CurrentUser } from "../context";
import { AppError } from "../errors";

const include = {
  sopVersion: true,
  permitTypeVersion: { select: { id: true, status: true, definition: true } },
  permitType: { include: { requirements: true } },
  documents: { orderBy: { createdAt: "asc" as const } },
  events: { orderBy: { seq: "asc" as const } },
  office: true,
  issuedDocuments: { where: { supersededAt: null }, orderBy: { createdAt: "asc" as const } },
  permit: true,
} as const;

export type LoadedFile = NonNullable<Awaited<ReturnType<typeof findFile>>> & { sop: SopDefinition; definition: PermitTypeDefinition };

function findFile(ctx: Context, id: string) {
  return ctx.db.application.findUnique({ where: { id }, include });
}

/**
 * The applicant's own file. Someone else's file is reported exactly like a missing one, so that
 * nobody learns which ids exist.
 */
export async function loadOwnFile(ctx: Context & { user: CurrentUser }, id: string): Promise<LoadedFile> {
  const file = await findFile(ctx, id);
  if (!file || file.applicantId !== ctx.user.id) throw new AppError("NOT_FOUND", "Permohonan tidak ditemukan.");
  return { ...file, sop: sopOfVersion(file.sopVersion), definition: definitionOfVersion(file.permitTypeVersion) };
}

/** Applicants change their form and documents only while the file is theirs to change. */
export function assertEditable(file: LoadedFile): void {
  if (file.status !== "DRAFT" && file.status !== "RETURNED") {
    throw new AppError(
      "ILLEGAL_ACTION",
      "Data dan dokumen hanya dapat diubah sebelum permohonan diajukan, atau saat berkas dikembalikan kepada Anda.",
    );
  }
}

/**
 * A walk-in applicant's file that this counter officer took in and has not yet submitted: the
 * counter fills it in for them, but only its own intakes and only in its own office.
 */
export async function loadIntakeFile(ctx: Context & { user: CurrentUser }, id: string): Promise<LoadedFile> {
  const file = await findFile(ctx, id);
  if (!file || file.intakeById !== ctx.user.id || file.officeId !== ctx.user.officeId) {
    throw new AppError("NOT_FOUND", "Berkas tidak ditemukan.");
  }
  return { ...file, sop: sopOfVersion(file.sopVersion), definition: definitionOfVersion(file.permitTypeVersion) };
}
