/**
 * `npm run bench:step -w @perizinan/api` (DATABASE_URL=postgresql://… required): the time of one
 * staff step action through the back office's own procedure (`files.act`, the path a click takes
 * from the tRPC handler to the database), p50/p95 over 200 actions: step 2 (the completeness
 * check, no letter) and step 3 (the receipt letter rendered and recorded). A fresh database each
 * run, seeded with the demo office. Measures; asserts nothing (ADR 0008 records the figures).
 */
import os from "node:os";
import path from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { createDb } from "@perizinan/db";
import { applyCommand, createDraft } from "@perizinan/db/files";
import { deployMigrations } from "@perizinan/db/migrate";
import { seed } from "@perizinan/db/seed";
import { LocalDiskStorage } from "@perizinan/storage";
import { backofficeRouter } from "../src/backoffice";
import { createContext } from "../src/context";
import { createCallerFactory } from "../src/trpc";

const ACTIONS = 200;
const base = process.env.DATABASE_URL;
if (!base) {
  console.error("Atur DATABASE_URL=postgresql://… (server tempat basis data uji sementara dibuat).");
  process.exit(2);
}
const name = `perizinan_bench_step_${Date.now()}`;
const admin = createDb(base, { maxConnections: 1 });
await admin.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
const url = new URL(base);
url.pathname = `/${name}`;
const storageDir = mkdtempSync(path.join(os.tmpdir(), "perizinan-bench-step-"));
try {
  await deployMigrations({ kind: "postgres", connectionString: url.toString() });
  const db = createDb(url.toString(), { maxConnections: 5 });
  await seed(db);
  const applicant = await db.user.findFirstOrThrow({ where: { email: "sari.manik@contoh.id" } });
  const fo = await db.user.findFirstOrThrow({ where: { username: "frontoffice" } });
  const permitType = await db.permitType.findFirstOrThrow({ include: { requirements: { where: { active: true } } } });
  const checklist = Object.fromEntries(permitType.requirements.map((r) => [r.code, { ok: true }]));
  const ids: string[] = [];
  for (let i = 0; i < ACTIONS + 5; i++) {
    const d = await createDraft(db, { permitTypeId: permitType.id, applicantId: applicant.id, form: { fullName: "Sari Manik", nik: "1211014708920002" } });
    await applyCommand(db, { applicationId: d.id, expectedVersion: 0, command: { action: "COMPLETE" }, actor: { id: applicant.id, roles: ["PEMOHON"] } });
    ids.push(d.id);
  }
  const caller = createCallerFactory(backofficeRouter)(await createContext({ db, storage: new LocalDiskStorage(storageDir), app: "backoffice", sessionUserId: fo.id }));
  const time = async (label: string, version: number, input: (id: string) => Record<string, unknown>) => {
    const ms: number[] = [];
    for (const [i, id] of ids.entries()) {
      const t0 = performance.now();
      await caller.files.act({ id, version, action: "COMPLETE", output: {}, ...input(id) } as never);
      if (i >= 5) ms.push(performance.now() - t0); // the first few warm the caches
    }
    ms.sort((a, b) => a - b);
    const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(ms.length * p))]!.toFixed(1);
    console.log(`${label}: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms (${ms.length} tindakan)`);
  };
  await time("langkah 2, pemeriksaan kelengkapan (tanpa surat)", 1, () => ({ checklist }));
  await time("langkah 3, resi penerimaan (surat dibuat dan dicatat)", 2, () => ({}));
  await db.$disconnect();
} finally {
  await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.$disconnect();
  rmSync(storageDir, { recursive: true, force: true });
}
