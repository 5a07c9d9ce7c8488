import type { Db } from "@perizinan/db";
import { applyCommand, createDraft } from "@perizinan/db/files";
import { publishPermitTypeVersion } from "@perizinan/db/permit-types";
import { SIK_PEREKAM_MEDIS, type Command, type Role } from "@perizinan/domain";

/** Local WIB wall-clock time "YYYY-MM-DDTHH:MM" as an instant. */
export const wib = (local: string): Date => new Date(`${local}:00+07:00`);

/**
 * A permit type of its own (the seeded one's definition under another code), so a suite's
 * hand-made history can be read apart from the seeded demo files by filtering on it.
 */
export async function createPermitType(db: Db, officeId: string, code: string): Promise<string> {
  const definition = { ...SIK_PEREKAM_MEDIS, code, name: `Izin Uji ${code}`, shortName: code, description: "Jenis izin untuk pengujian dasbor." };
  const published = await db.$transaction((tx) => publishPermitTypeVersion(tx, { officeId, definition, by: null, at: new Date("2025-01-01T00:00:00Z") }));
  return published.permitTypeId;
}

export type Move = { by: string; as: Role; command: Command; at: Date };

/** Records a file's history through the one write path the apps use (applyCommand), at given times. */
export async function recordFile(
  db: Db,
  input: { id: string; permitTypeId: string; applicantId: string; startedAt: Date; moves: Move[] },
): Promise<void> {
  const draft = await createDraft(db, { id: input.id, permitTypeId: input.permitTypeId, applicantId: input.applicantId, at: input.startedAt, form: {} });
  let version = draft.version;
  for (const move of input.moves) {
    const result = await applyCommand(db, {
      applicationId: input.id,
      expectedVersion: version,
      command: move.command,
      actor: { id: move.by, roles: [move.as] },
      at: move.at,
    });
    if (!result.ok) throw new Error(`${input.id} ${move.command.action} @${move.at.toISOString()}: ${result.message}`);
    version = result.version;
  }
}
