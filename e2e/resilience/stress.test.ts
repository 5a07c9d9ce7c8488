import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import type { Db } from "@perizinan/db";
import { AppSession, type CallResult } from "./http-client";
import { allMetChecklist, filesAtStep, inconsistentFiles, openDb } from "./files";
import { Instance } from "./instance";
import { RESILIENCE_DATABASE_URL, STRESS_PORTS } from "./ports";

/**
 * 200 requests at once on a freshly started instance, across both apps: reads (inbox, file pages,
 * the applicant's list and files) and races (ten people completing the same step of the same file
 * at the same moment). Nobody may be shown a server error or a false "not logged in / not allowed
 * / not found"; every race has one winner, one event, one letter.
 */
const RACE_FILES_PER_STEP = 5;
const RACERS_PER_FILE = 10;

let instance: Instance;
let db: Db;
const session: Record<string, AppSession> = {};

beforeAll(async () => {
  instance = Instance.fresh(STRESS_PORTS, RESILIENCE_DATABASE_URL);
  await instance.start();
  db = openDb(instance.databaseUrl());
  for (const username of ["frontoffice", "backoffice", "kadis"]) session[username] = await AppSession.login(instance.backofficeUrl, username, DEMO_PASSWORD);
  for (const email of ["sari.manik@contoh.id", "budi.sinaga@contoh.id"]) session[email] = await AppSession.login(instance.portalUrl, email, DEMO_PASSWORD);
}, 300_000);

afterAll(async () => {
  await db?.$disconnect();
  await instance?.stop();
  instance?.remove();
});

describe(`200 permintaan serentak pada instans yang baru dinyalakan (${RESILIENCE_DATABASE_URL ? "PostgreSQL dari RESILIENCE_DATABASE_URL" : "basis data tertanam"})`, () => {
  it("no 5xx, no false 401/403/404, one winner and one event per race", async () => {
    const atStep2 = await filesAtStep(db, RACE_FILES_PER_STEP, 2);
    const atStep3 = await filesAtStep(db, RACE_FILES_PER_STEP, 3);
    const checklist = await allMetChecklist(db);
    const demoFiles = (await db.application.findMany({ where: { id: { startsWith: "demo-berkas-" }, status: { not: "DRAFT" } }, select: { id: true } })).map((f) => f.id);
    const sariFiles = [...atStep2, ...atStep3];

    type Labelled = { kind: "read" | "race"; file?: string; run: () => Promise<CallResult> };
    const requests: Labelled[] = [];
    for (const id of atStep2) {
      for (let i = 0; i < RACERS_PER_FILE; i++) requests.push({ kind: "race", file: id, run: () => session.frontoffice!.mutation("files.act", { id, version: 1, action: "COMPLETE", checklist, output: {} }) });
    }
    for (const id of atStep3) {
      for (let i = 0; i < RACERS_PER_FILE; i++) requests.push({ kind: "race", file: id, run: () => session.frontoffice!.mutation("files.act", { id, version: 2, action: "COMPLETE", output: {} }) });
    }
    const reads: ((i: number) => Promise<CallResult>)[] = [
      () => session.frontoffice!.query("worklist.inbox", {}),
      () => session.backoffice!.query("worklist.inbox", { sla: "OVERDUE" }),
      (i) => session.kadis!.query("files.get", { id: demoFiles[i % demoFiles.length] }),
      (i) => session.kadis!.query("files.get", { id: sariFiles[i % sariFiles.length] }),
      () => session["sari.manik@contoh.id"]!.query("applications.mine"),
      (i) => session["sari.manik@contoh.id"]!.query("applications.get", { id: sariFiles[i % sariFiles.length] }),
      () => session["budi.sinaga@contoh.id"]!.query("applications.mine"),
      () => session.frontoffice!.query("worklist.actedOn", {}),
    ];
    for (let i = 0; requests.length < 200; i++) {
      const read = reads[i % reads.length]!;
      requests.push({ kind: "read", run: () => read(i) });
    }
    // Interleave reads and races so they really overlap, then fire everything at once.
    requests.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "read" ? -1 : 1));
    const shuffled = requests.map((r, i) => ({ r, k: (i * 7919) % requests.length })).sort((a, b) => a.k - b.k).map((x) => x.r);

    const started = performance.now();
    const timed = await Promise.all(
      shuffled.map(async (r) => {
        const t0 = performance.now();
        const result = await r.run();
        return { ...r, result, ms: performance.now() - t0 };
      }),
    );
    const wall = performance.now() - started;
    const sorted = timed.map((t) => t.ms).sort((a, b) => a - b);
    console.log(
      `[stres] ${timed.length} permintaan dalam ${wall.toFixed(0)} ms; p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(0)} ms; status: ${JSON.stringify(countBy(timed.map((t) => t.result.status)))}`,
    );

    const failures = timed.filter((t) => t.result.status === 0 || t.result.status >= 500 || [401, 403, 404].includes(t.result.status));
    expect(failures.map((f) => `${f.kind} ${f.result.status} ${JSON.stringify(f.result.body).slice(0, 300)}`)).toEqual([]);
    expect(timed.filter((t) => t.kind === "read" && t.result.status !== 200).map((t) => t.result.status)).toEqual([]);

    for (const id of [...atStep2, ...atStep3]) {
      const outcomes = timed.filter((t) => t.file === id).map((t) => t.result.status);
      expect(outcomes.filter((s) => s === 200), `pemenang untuk ${id}`).toHaveLength(1);
      expect(outcomes.filter((s) => s !== 200).every((s) => s === 409), `yang kalah mendapat 409 untuk ${id}: ${outcomes}`).toBe(true);
    }
    const events = await db.fileEvent.groupBy({ by: ["applicationId"], where: { applicationId: { in: [...atStep2, ...atStep3] } }, _count: true });
    expect(Object.fromEntries(events.map((e) => [e.applicationId, e._count]))).toEqual(
      Object.fromEntries([...atStep2.map((id) => [id, 2]), ...atStep3.map((id) => [id, 3])]),
    );
    const receipts = await db.issuedDocument.groupBy({ by: ["applicationId"], where: { applicationId: { in: atStep3 } }, _count: true });
    expect(receipts.map((r) => r._count)).toEqual(atStep3.map(() => 1));
    expect(await inconsistentFiles(db)).toEqual([]);
  }, 240_000);
});

function countBy(values: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
