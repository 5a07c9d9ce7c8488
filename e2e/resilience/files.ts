import { createDb, type Db } from "@perizinan/db";
import { applyCommand, createDraft, toDomainEvent } from "@perizinan/db/files";
import { replay, sopDefinitionSchema, stateFromJSON, stateToJSON } from "@perizinan/domain";

export type Step = 2 | 3;

/**
 * Files placed at a step directly through the one function that changes files (the test's own
 * setup, not what is measured): submitted by a demo applicant, and at step 3 also checked by the
 * front office. Returns their ids; each is at version 1 (step 2) or 2 (step 3).
 */
export async function filesAtStep(db: Db, count: number, step: Step): Promise<string[]> {
  const applicant = await db.user.findFirstOrThrow({ where: { email: "sari.manik@contoh.id" } });
  const frontOffice = await db.user.findFirstOrThrow({ where: { username: "frontoffice" } });
  const permitType = await db.permitType.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const draft = await createDraft(db, { permitTypeId: permitType.id, applicantId: applicant.id, form: {} });
    const submitted = await applyCommand(db, { applicationId: draft.id, expectedVersion: 0, command: { action: "COMPLETE" }, actor: { id: applicant.id, roles: ["PEMOHON"] } });
    if (!submitted.ok) throw new Error(submitted.message);
    if (step === 3) {
      const checked = await applyCommand(db, { applicationId: draft.id, expectedVersion: 1, command: { action: "COMPLETE" }, actor: { id: frontOffice.id, roles: ["FRONT_OFFICE"] } });
      if (!checked.ok) throw new Error(checked.message);
    }
    ids.push(draft.id);
  }
  return ids;
}

/** The checklist the front office sends at step 2: every requirement judged as met. */
export async function allMetChecklist(db: Db): Promise<Record<string, { ok: true }>> {
  const permitType = await db.permitType.findFirstOrThrow({ orderBy: { createdAt: "asc" }, include: { requirements: true } });
  return Object.fromEntries(permitType.requirements.map((r) => [r.code, { ok: true as const }]));
}

/**
 * What must hold for every file after any crash: its version counts its events, and its stored
 * state is exactly the replay of those events under its SOP version (no half-applied step).
 */
export async function inconsistentFiles(db: Db): Promise<string[]> {
  const files = await db.application.findMany({ where: { status: { not: "DRAFT" } }, include: { sopVersion: true, events: { orderBy: { seq: "asc" } } } });
  const problems: string[] = [];
  for (const file of files) {
    if (file.events.length !== file.version) problems.push(`${file.id}: versi ${file.version}, ${file.events.length} peristiwa`);
    const sop = sopDefinitionSchema.parse(file.sopVersion.definition);
    const replayed = replay(sop, file.events.map(toDomainEvent), file.createdAt);
    const stored = stateFromJSON(file.state);
    if (JSON.stringify(stateToJSON(replayed)) !== JSON.stringify(stateToJSON(stored))) problems.push(`${file.id}: keadaan tersimpan ≠ hasil replay peristiwa`);
    if (file.currentStep !== stored.step || file.status !== stored.status) problems.push(`${file.id}: kolom langkah/status ≠ keadaan`);
  }
  return problems;
}

export function openDb(url: string): Db {
  return createDb(url, { maxConnections: 4 });
}
