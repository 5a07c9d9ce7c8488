import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@perizinan/db";
import { applyCommand, createDraft } from "@perizinan/db/files";
import { createTestDatabase, type TestDatabase } from "@perizinan/db/test-harness";
import { LocalDiskStorage } from "@perizinan/storage";
import { performStepAction } from "./step-action";

/**
 * One step action, counted in SQL statements (BEGIN and COMMIT included) — the bound of ADR 0008:
 * a step without a letter reads the file and its history once, the calendar once, the SOP from
 * the cache, and writes state, event and derived rows; a step with a letter adds its facts and
 * the short transaction that records the rendered PDF. The notices the step causes add four
 * (office, applicant, the next role's members, one INSERT into the outbox: ADR 0012).
 */
const BOUND_WITHOUT_LETTER = 24;
const BOUND_WITH_LETTER = 42;

let t: TestDatabase;
let counted: Db;
let statements: string[] = [];
let storageDir: string;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  counted = createDb(t.url, { maxConnections: 2, onQuery: (sql) => statements.push(sql) });
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-count-"));
});
afterAll(async () => {
  await counted?.$disconnect();
  await t?.close();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

async function fileAtStep2(): Promise<string> {
  const applicant = await t.db.user.findFirstOrThrow({ where: { email: "sari.manik@contoh.id" } });
  const permitType = await t.db.permitType.findFirstOrThrow({ where: { code: "SIK-PEREKAM-MEDIS" } });
  const draft = await createDraft(t.db, { permitTypeId: permitType.id, applicantId: applicant.id, form: {} });
  await applyCommand(t.db, { applicationId: draft.id, expectedVersion: 0, command: { action: "COMPLETE" }, actor: { id: applicant.id, roles: ["PEMOHON"] } });
  return draft.id;
}

describe("statements per step action", () => {
  it(`a step without a letter: at most ${BOUND_WITHOUT_LETTER}; with its letter: at most ${BOUND_WITH_LETTER}`, async () => {
    const fo = await t.db.user.findFirstOrThrow({ where: { username: "frontoffice" } });
    const actor = { id: fo.id, roles: ["FRONT_OFFICE" as const], officeId: fo.officeId! };
    const checklist = Object.fromEntries((await t.db.requirement.findMany({ where: { active: true } })).map((r) => [r.code, { ok: true }]));
    const deps = { db: counted, storage: new LocalDiskStorage(storageDir) };
    const id = await fileAtStep2();
    // Warm: the SOP version is parsed and cached on first use, once per process.
    await performStepAction(deps, { fileId: await fileAtStep2(), version: 1, action: "COMPLETE", checklist, output: {}, actor });

    statements = [];
    await performStepAction(deps, { fileId: id, version: 1, action: "COMPLETE", checklist, output: {}, actor });
    const withoutLetter = statements.length;
    console.log(`[sql] langkah 2 (tanpa surat): ${withoutLetter} pernyataan`);
    if (process.env.SHOW_SQL) console.log(statements.map((s) => s.slice(0, 110)).join("\n"));
    expect(withoutLetter).toBeGreaterThan(5);
    expect(withoutLetter).toBeLessThanOrEqual(BOUND_WITHOUT_LETTER);
    // The file is read once: one SELECT of Application by id, one of its events.
    expect(statements.filter((s) => /FROM "public"\."Application"/.test(s) && /SELECT/.test(s)).length).toBe(1);

    statements = [];
    const r = await performStepAction(deps, { fileId: id, version: 2, action: "COMPLETE", output: {}, actor });
    expect(r.letters.rendered.map((l) => l.kind)).toEqual(["RESI_PENERIMAAN"]);
    console.log(`[sql] langkah 3 (dengan resi): ${statements.length} pernyataan`);
    expect(statements.length).toBeLessThanOrEqual(BOUND_WITH_LETTER);
  });
});
