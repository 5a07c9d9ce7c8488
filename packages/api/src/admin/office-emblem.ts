import { can } from "@perizinan/domain";
import { sniffDocument, SNIFF_MESSAGES } from "@perizinan/storage";
import type { Context, CurrentUser } from "../context";
import { readCapped } from "../documents/read-capped";

/** An emblem is printed 2 cm wide: a few hundred pixels are plenty, and a megabyte is generous. */
export const EMBLEM_MAX_BYTES = 1024 * 1024;

export type EmblemUploadResult = { ok: true; sha256: string; mimeType: string } | { ok: false; status: 400 | 403 | 413 | 415; message: string };

/**
 * Stores the regional emblem the kop prints at its left: PNG or JPEG by its content, at most
 * 1 MB. The office keeps it by its content-addressed key, so letters made before keep theirs.
 */
export async function uploadOfficeEmblem(ctx: Context & { user: CurrentUser }, body: ReadableStream<Uint8Array> | null): Promise<EmblemUploadResult> {
  if (ctx.user.kind !== "STAFF" || !ctx.user.officeId || !can(ctx.user, "office.manage")) {
    return { ok: false, status: 403, message: "Hanya administrator yang dapat mengganti lambang daerah." };
  }
  const read = await readCapped(body, EMBLEM_MAX_BYTES);
  if (!read.ok) return { ok: false, status: 413, message: "Ukuran gambar lambang paling besar 1 MB." };
  const sniffed = sniffDocument(read.bytes);
  if (!sniffed.ok) return { ok: false, status: sniffed.reason === "EMPTY" ? 400 : 415, message: SNIFF_MESSAGES[sniffed.reason] };
  if (sniffed.mimeType === "application/pdf") return { ok: false, status: 415, message: "Lambang daerah harus berupa gambar PNG atau JPEG." };
  const stored = await ctx.storage.put(read.bytes);
  await ctx.db.office.update({ where: { id: ctx.user.officeId }, data: { emblemKey: stored.key, emblemMimeType: sniffed.mimeType } });
  return { ok: true, sha256: stored.sha256, mimeType: sniffed.mimeType };
}

/** The office's current emblem, for the administrator's preview. */
export async function readOfficeEmblem(ctx: Context): Promise<{ bytes: Uint8Array; mimeType: string } | null> {
  const officeId = ctx.user?.kind === "STAFF" ? ctx.user.officeId : null;
  if (!officeId) return null;
  const office = await ctx.db.office.findUnique({ where: { id: officeId }, select: { emblemKey: true, emblemMimeType: true } });
  if (!office?.emblemKey || !office.emblemMimeType) return null;
  const bytes = await ctx.storage.get(office.emblemKey);
  return bytes ? { bytes, mimeType: office.emblemMimeType } : null;
}
