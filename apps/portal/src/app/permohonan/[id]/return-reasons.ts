import type { FileView } from "./types";

/** The reason the office gave for one requirement, from its checklist or its list of reasons. */
export function returnReasonFor(returned: FileView["returned"], requirement: { code: string; name: string }): string | undefined {
  if (!returned) return undefined;
  const checked = returned.checklist[requirement.code];
  if (checked && !checked.ok) return checked.reason ?? "tidak memenuhi syarat";
  return returned.reasons.find((r) => r.startsWith(`${requirement.name}:`))?.slice(requirement.name.length + 1).trim();
}
