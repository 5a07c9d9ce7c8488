import type { FileView } from "./types";

/**
 * The reason the office gave for one requirement, from its checklist or its list of reasons, and
 * — where the clerk asked for a new document — whether one has been uploaded since.
 */
export function returnReasonFor(returned: FileView["returned"], requirement: { code: string; name: string }): string | undefined {
  if (!returned) return undefined;
  const judged = returned.requirements[requirement.code];
  if (judged) {
    const reason = judged.reason || "tidak memenuhi syarat";
    if (!judged.newDocument) return reason;
    return `${reason} — ${judged.replaced ? "dokumen baru sudah diunggah" : "unggah dokumen baru sebelum mengajukan ulang"}`;
  }
  return returned.reasons.find((r) => r.startsWith(`${requirement.name}:`))?.slice(requirement.name.length + 1).trim();
}
