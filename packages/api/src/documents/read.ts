import { can } from "@perizinan/domain";
import type { Context } from "../context";
import { definitionOfVersion } from "@perizinan/usecases";
import { isApplicantLetter } from "../files/letter-kinds";

export interface ServedDocument {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}

/**
 * A document for download, or null — for a missing document and for one the user may not see
 * alike, so that nobody learns which ids exist. Applicants see only their own files' uploads
 * and letters; staff need document.view and must belong to the file's office.
 */
export async function readDocument(ctx: Context, input: { kind: "upload" | "letter"; id: string }): Promise<ServedDocument | null> {
  const user = ctx.user;
  if (!user) return null;
  const found =
    input.kind === "upload"
      ? await ctx.db.document.findUnique({ where: { id: input.id }, include: { application: true } })
      : await ctx.db.issuedDocument.findUnique({ where: { id: input.id }, include: { application: { include: { permitTypeVersion: { select: { id: true, status: true, definition: true } } } } } });
  if (!found) return null;
  const application = found.application;
  const mayRead =
    user.kind === "APPLICANT"
      ? can(user, "document.view.own", { ownerId: application.applicantId }) &&
        !("isDraft" in found && (found.isDraft || !isApplicantLetter(definitionOfVersion(found.application.permitTypeVersion), found.kind)))
      : can(user, "document.view", { officeId: application.officeId }, { actorOfficeId: user.officeId ?? undefined });
  if (!mayRead) return null;
  const bytes = await ctx.storage.get(found.storageKey);
  if (!bytes) return null;
  if ("displayName" in found) return { bytes, mimeType: found.mimeType, fileName: found.displayName };
  const base = `${found.kind.toLowerCase().replace(/_/g, "-")}-${application.registrationNumber ?? application.id}`;
  return { bytes, mimeType: "application/pdf", fileName: `${found.isDraft ? "DRAF-" : ""}${base}.pdf` };
}

/** Headers for serving a document: its own content type, a safe download name, no sniffing. */
export function documentHeaders(doc: ServedDocument, disposition: "inline" | "attachment"): Record<string, string> {
  const ascii = doc.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return {
    "Content-Type": doc.mimeType,
    "Content-Length": String(doc.bytes.byteLength),
    "Content-Disposition": `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
}
