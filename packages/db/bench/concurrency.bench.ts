/**
 * ADR 0007's database-level figures: on a fresh database at <url> (migrated and seeded here),
 * 200 concurrent agenda-number allocations and 20 files × 10 racers completing the same step,
 * on a pool of 20 connections — the time, and every error the clients saw.
 *
 *   tsx bench/concurrency.bench.ts <postgresql-url>
 */
import { createDb } from "../src/client";
import { allocateAgendaNumber, applyCommand, createDraft } from "../src/files";
import { deployMigrations } from "../src/migrate";
import { seed } from "../src/seed";

const url = process.argv[2];
if (!url) {
  console.error("Pemakaian: tsx bench/concurrency.bench.ts <postgresql-url>");
  process.exit(2);
}
await deployMigrations({ kind: "postgres", connectionString: url });
const db = createDb(url, { maxConnections: 20 });
await seed(db);
const office = await db.office.findFirstOrThrow();
const permitType = await db.permitType.findFirstOrThrow({ where: { code: "SIK-PEREKAM-MEDIS" } });
const applicant = await db.user.findFirstOrThrow({ where: { kind: "APPLICANT" } });
const frontOffice = await db.user.findFirstOrThrow({ where: { username: "frontoffice" } });

const errors: string[] = [];
const at = new Date("2045-01-10T03:00:00Z");
let t0 = performance.now();
const numbers = await Promise.all(
  Array.from({ length: 200 }, () =>
    db
      .$transaction((tx) => allocateAgendaNumber(tx, { officeId: office.id, book: "PERMIT", scope: "PERMIT_TYPE", permitTypeId: permitType.id, at }), { maxWait: 60_000, timeout: 60_000 })
      .then((r) => r.seq)
      .catch((e: Error) => (errors.push(e.message.split("\n").filter(Boolean).at(-1) ?? e.message), -1)),
  ),
);
const agendaMs = performance.now() - t0;
const distinct = new Set(numbers.filter((n) => n > 0)).size;

const files: string[] = [];
for (let i = 0; i < 20; i++) {
  const d = await createDraft(db, { permitTypeId: permitType.id, applicantId: applicant.id, form: {} });
  await applyCommand(db, { applicationId: d.id, expectedVersion: 0, command: { action: "COMPLETE" }, actor: { id: applicant.id, roles: ["PEMOHON"] } });
  files.push(d.id);
}
t0 = performance.now();
const results = await Promise.all(
  files.flatMap((id) =>
    Array.from({ length: 10 }, () =>
      applyCommand(db, { applicationId: id, expectedVersion: 1, command: { action: "COMPLETE" }, actor: { id: frontOffice.id, roles: ["FRONT_OFFICE"] } }).catch(
        (e: Error) => (errors.push(e.message.split("\n").filter(Boolean).at(-1) ?? e.message), null),
      ),
    ),
  ),
);
const raceMs = performance.now() - t0;
const winners = results.filter((r) => r?.ok).length;
console.log(
  JSON.stringify({ agenda: { ms: Math.round(agendaMs), distinct, of: 200 }, races: { ms: Math.round(raceMs), winners, files: 20, refusedStale: results.filter((r) => r && !r.ok).length }, errors: errors.length, sampleErrors: [...new Set(errors)].slice(0, 4) }),
);
await db.$disconnect();
