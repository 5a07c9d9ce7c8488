import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { AppSession, dataOf, type CallResult } from "./http-client";
import { allMetChecklist, filesAtStep, inconsistentFiles, openDb } from "./files";
import { Instance } from "./instance";
import { CRASH_PORTS } from "./ports";

/**
 * kill -9 in the middle of step actions, of the database and of an app: every action a person was
 * told succeeded is still there, no step is half-applied, and the next `npm start` comes up on the
 * same data and works.
 */
const FILES = 24;
const WORKERS = 6;
const KILL_AFTER_SUCCESSES = 12;

let instance: Instance;
beforeAll(async () => {
  instance = Instance.fresh(CRASH_PORTS);
  await instance.start();
}, 300_000);
afterAll(async () => {
  await instance?.stop();
  instance?.remove();
});

interface Outcome {
  file: string;
  status: number;
  version?: number;
}

/**
 * Workers walk files through steps 2 and 3 as the front office until the instance goes down;
 * `kill` runs once enough actions have succeeded, while others are in flight.
 */
async function actUntilDown(files: string[], kill: () => void): Promise<Outcome[]> {
  const db = openDb(instance.databaseUrl());
  const checklist = await allMetChecklist(db);
  await db.$disconnect();
  const frontOffice = await AppSession.login(instance.backofficeUrl, "frontoffice", DEMO_PASSWORD);
  const outcomes: Outcome[] = [];
  let killed = false;
  const queue = files.flatMap((id) => [{ id, version: 1, checklist }, { id, version: 2 }]);
  const perFile = new Map<string, Promise<unknown>>();
  async function worker(): Promise<void> {
    for (;;) {
      const next = queue.shift();
      if (!next) return;
      // The two steps of one file go in order (chained before any await); files run in parallel.
      const previous = perFile.get(next.id) ?? Promise.resolve();
      const call: Promise<CallResult> = previous.then(() =>
        frontOffice.mutation("files.act", { id: next.id, version: next.version, action: "COMPLETE", ...(next.checklist ? { checklist: next.checklist } : {}), output: {} }),
      );
      perFile.set(next.id, call);
      const result = await call;
      outcomes.push({ file: next.id, status: result.status, ...(result.status === 200 ? { version: dataOf<{ version: number }>(result).version } : {}) });
      if (!killed && outcomes.filter((o) => o.status === 200).length >= KILL_AFTER_SUCCESSES) {
        killed = true;
        kill();
      }
      if (killed && result.status !== 200) return; // the instance is going down
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, worker));
  expect(killed, "the kill happened while actions were running").toBe(true);
  const failed = outcomes.filter((o) => o.status !== 200);
  console.log(`[crash] ${outcomes.length - failed.length} tindakan berhasil sebelum/ketika mati, ${failed.length} gagal (status ${[...new Set(failed.map((o) => o.status))].join(", ")})`);
  expect(failed.length, "requests were in flight when the process died").toBeGreaterThan(0);
  return outcomes;
}

async function verifyAfterRestart(outcomes: Outcome[]): Promise<void> {
  await instance.exited();
  await instance.start();
  const db = openDb(instance.databaseUrl());
  try {
    const acknowledged = outcomes.filter((o) => o.status === 200);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_SUCCESSES);
    for (const o of acknowledged) {
      const event = await db.fileEvent.findFirst({ where: { applicationId: o.file, seq: o.version! } });
      expect(event, `peristiwa ${o.file} #${o.version} yang sudah dikonfirmasi`).not.toBeNull();
    }
    expect(await inconsistentFiles(db)).toEqual([]);
    // Letters: one receipt per completed step 3. A kill between a step's commit and its PDF leaves
    // the receipt pending (number and facts kept); opening the file renders it.
    const files = [...new Set(outcomes.map((o) => o.file))];
    const step3Done = await db.fileEvent.count({ where: { applicationId: { in: files }, fromStep: 3, action: "COMPLETE" } });
    const rendered = await db.issuedDocument.count({ where: { applicationId: { in: files }, kind: "RESI_PENERIMAAN" } });
    const pending = await db.pendingLetter.findMany({ where: { applicationId: { in: files }, kind: "RESI_PENERIMAAN" }, select: { applicationId: true } });
    expect(rendered + pending.length).toBe(step3Done);
    const staff = await AppSession.login(instance.backofficeUrl, "frontoffice", DEMO_PASSWORD);
    for (const { applicationId } of pending) expect((await staff.query("files.get", { id: applicationId })).status).toBe(200);
    expect(await db.issuedDocument.count({ where: { applicationId: { in: files }, kind: "RESI_PENERIMAAN" } })).toBe(step3Done);
    expect(await db.pendingLetter.count({ where: { applicationId: { in: files } } })).toBe(0);
  } finally {
    await db.$disconnect();
  }
  // And it works: a file still at step 2 can be completed now.
  const frontOffice = await AppSession.login(instance.backofficeUrl, "frontoffice", DEMO_PASSWORD);
  const db2 = openDb(instance.databaseUrl());
  const [fresh] = await filesAtStep(db2, 1, 2);
  const checklist = await allMetChecklist(db2);
  await db2.$disconnect();
  const after = await frontOffice.mutation("files.act", { id: fresh, version: 1, action: "COMPLETE", checklist, output: {} });
  expect(after.status).toBe(200);
}

async function preparedFiles(): Promise<string[]> {
  const db = openDb(instance.databaseUrl());
  try {
    return await filesAtStep(db, FILES, 2);
  } finally {
    await db.$disconnect();
  }
}

describe("kill -9 di tengah tindakan langkah", () => {
  it("of the embedded database: nothing confirmed is lost, nothing half-applied, the next start comes up on the same data", async () => {
    const files = await preparedFiles();
    const postmaster = instance.postmasterPid();
    const outcomes = await actUntilDown(files, () => process.kill(postmaster, "SIGKILL"));
    await verifyAfterRestart(outcomes);
    // A real crash: the server replayed its write-ahead log on the way up.
    expect(instance.log()).toMatch(/automatic recovery in progress/);
  });

  it("of the back-office app process: the same", async () => {
    const files = await preparedFiles();
    const app = instance.appPid("backoffice");
    const outcomes = await actUntilDown(files, () => process.kill(app, "SIGKILL"));
    await verifyAfterRestart(outcomes);
  });
});
