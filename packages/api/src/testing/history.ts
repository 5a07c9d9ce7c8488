import type { Db, Prisma } from "@perizinan/db";
import { applyCommand, createDraft } from "@perizinan/db/files";
import { SOP_SIK_PEREKAM_MEDIS, type Command, type Role } from "@perizinan/domain";

/** Local WIB wall-clock time "YYYY-MM-DDTHH:MM" as an instant. */
export const wib = (local: string): Date => new Date(`${local}:00+07:00`);

/**
 * A permit type of its own (same SOP as the seeded one), so a suite's hand-made history can be
 * read apart from the seeded demo files by filtering on it.
 */
export async function createPermitType(db: Db, officeId: string, code: string): Promise<string> {
  const type = await db.permitType.create({
    data: { officeId, code, name: `Izin Uji ${code}`, shortName: code, description: "Jenis izin untuk pengujian dasbor." },
  });
  await db.sopVersion.create({
    data: { officeId, permitTypeId: type.id, code: SOP_SIK_PEREKAM_MEDIS.code, version: 1, definition: SOP_SIK_PEREKAM_MEDIS as unknown as Prisma.InputJsonValue },
  });
  return type.id;
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
