import { displayName, sniffDocument, SNIFF_MESSAGES } from "@perizinan/storage";
import { can, type FormValues } from "@perizinan/domain";
import { requirementRows } from "@perizinan/usecases";
import type { Context, CurrentUser } from "../context";
import { assertEditable, loadIntakeFile, loadOwnFile, type LoadedFile } from "../files/load";
import { readCapped } from "./read-capped";

export type UploadResult =
  | { ok: true; document: { id: string; displayName: string; mimeType: string; sizeBytes: number } }
  | { ok: false; status: 400 | 404 | 409 | 413 | 415; message: string };

const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;

/**
 * Stores one requirement's document for the applicant's own file. The content decides what the
 * file is (magic bytes), never its name; the stored key is the content's SHA-256, never the
 * user's name. A replaced upload stays in the history, marked superseded. Any refusal stores
 * nothing.
 */
export async function uploadRequirementDocument(
  ctx: Context & { user: CurrentUser },
  input: { applicationId: string; requirementCode: string; fileName: string; body: ReadableStream<Uint8Array> | null },
  /** Whose files this user may fill: their own (applicant), or the walk-in files they took in (counter). */
  load: (ctx: Context & { user: CurrentUser }, id: string) => Promise<LoadedFile> = loadOwnFile,
): Promise<UploadResult> {
  let file;
  try {
    file = await load(ctx, input.applicationId);
    assertEditable(file);
  } catch (error) {
    const message = error instanceof Error ? error.message : "Permohonan tidak ditemukan.";
    return { ok: false, status: message.includes("tidak ditemukan") ? 404 : 409, message };
  }
  // The limits of the file's own version, by its answers; the document goes to the requirement's row.
  const asked = requirementRows(file.definition, (file.form ?? {}) as FormValues, file.permitType.requirements).find((r) => r.code === input.requirementCode);
  if (!asked) return { ok: false, status: 404, message: "Persyaratan tidak ditemukan." };
  const requirement = { id: asked.row.id, name: asked.label, maxBytes: asked.maxBytes, mimeTypes: asked.mimeTypes };

  const read = await readCapped(input.body, requirement.maxBytes);
  if (!read.ok) {
    return { ok: false, status: 413, message: `Ukuran berkas melebihi batas ${megabytes(requirement.maxBytes)} untuk “${requirement.name}”.` };
  }
  const sniffed = sniffDocument(read.bytes);
  if (!sniffed.ok) return { ok: false, status: sniffed.reason === "EMPTY" ? 400 : 415, message: SNIFF_MESSAGES[sniffed.reason] };
  if (!requirement.mimeTypes.includes(sniffed.mimeType)) {
    return { ok: false, status: 415, message: `Format berkas untuk “${requirement.name}” harus ${requirement.mimeTypes.map((m) => m.split("/")[1]?.toUpperCase()).join(", ")}.` };
  }

  const stored = await ctx.storage.put(read.bytes);
  const document = await ctx.db.$transaction(async (tx) => {
    await tx.document.updateMany({
      where: { applicationId: file.id, requirementId: requirement.id, supersededAt: null },
      data: { supersededAt: new Date() },
    });
    return tx.document.create({
      data: {
        applicationId: file.id,
        requirementId: requirement.id,
        storageKey: stored.key,
        sha256: stored.sha256,
        sizeBytes: stored.sizeBytes,
        mimeType: sniffed.mimeType,
        displayName: displayName(input.fileName, sniffed.extension),
        uploadedById: ctx.user.id,
      },
    });
  });
  return {
    ok: true,
    document: { id: document.id, displayName: document.displayName, mimeType: document.mimeType, sizeBytes: document.sizeBytes },
  };
}

/** The counter's upload of a scanned paper requirement into a walk-in file it took in. */
export async function uploadIntakeDocument(
  ctx: Context & { user: CurrentUser },
  input: { applicationId: string; requirementCode: string; fileName: string; body: ReadableStream<Uint8Array> | null },
): Promise<UploadResult> {
  if (ctx.user.kind !== "STAFF" || !can(ctx.user, "file.intake.counter")) {
    return { ok: false, status: 404, message: "Berkas tidak ditemukan." };
  }
  return uploadRequirementDocument(ctx, input, loadIntakeFile);
}
