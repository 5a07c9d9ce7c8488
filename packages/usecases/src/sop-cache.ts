import { sopDefinitionSchema, type SopDefinition } from "@perizinan/domain";

/**
 * Published SOP versions never change (the database refuses it), so each is parsed and validated
 * once per process and then read from memory by its id.
 */
const parsed = new Map<string, SopDefinition>();

export function sopOfVersion(version: { id: string; definition: unknown }): SopDefinition {
  let sop = parsed.get(version.id);
  if (!sop) {
    sop = sopDefinitionSchema.parse(version.definition);
    parsed.set(version.id, sop);
  }
  return sop;
}

export async function loadSop(db: { sopVersion: { findUniqueOrThrow(args: { where: { id: string }; select: { id: true; definition: true } }): Promise<{ id: string; definition: unknown }> } }, id: string): Promise<SopDefinition> {
  const cached = parsed.get(id);
  if (cached) return cached;
  return sopOfVersion(await db.sopVersion.findUniqueOrThrow({ where: { id }, select: { id: true, definition: true } }));
}
