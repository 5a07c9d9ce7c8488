/**
 * `npm run bench:dashboard` — how fast are the Kadis's dashboard procedures on a big office?
 *
 * With DATABASE_URL (PostgreSQL) it generates a synthetic three-year history — 50,000 files and
 * about a million events, made by the real SOP machine with realistic spreads of step durations,
 * returns and rejections — into its own database `perizinan_bench_dashboard` on that server
 * (kept between runs; `--regenerate` builds it again), then times every dashboard procedure over
 * a one-year window. Without DATABASE_URL it runs a smoke scale on the embedded PGlite and says so.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:dashboard
 *   npm run bench:dashboard -- --files=5000 --runs=20
 */
import os from "node:os";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { createDb, insertColumns, type Db } from "@perizinan/db";
import { startEmbeddedServer } from "@perizinan/db/embedded";
import { applyCommand, insertStays, loadCalendar, rebuildMonthlyRollups, refreshStatsAroundDate, stayRow } from "@perizinan/db/files";
import { deployMigrations } from "@perizinan/db/migrate";
import { hashPassword } from "@perizinan/db/password";
import { presetPeriod, SOP_SIK_PEREKAM_MEDIS as SOP, stateFromJSON, stateToJSON, stepDeadlines, type Role, type WorkingCalendar } from "@perizinan/domain";
import { LocalDiskStorage } from "@perizinan/storage";
import { backofficeRouter } from "../src/backoffice";
import { createContext } from "../src/context";
import { createCallerFactory } from "../src/trpc";
import { random, synthesiseFile, type Staffing, type SyntheticFile } from "./synthetic-history";

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const FULL_FILES = 50_000;
const SMOKE_FILES = 1_500;
const BENCH_DB = "perizinan_bench_dashboard";
const OFFICE_CODE = "BENCH";
const YEARS = 3;

const STAFF: Array<[Role, number]> = [
  ["FRONT_OFFICE", 6],
  ["KASUBBAG_UMUM", 2],
  ["BACK_OFFICE", 6],
  ["TIM_TEKNIS", 8],
  ["KABID_PELAYANAN", 2],
  ["SEKRETARIS", 2],
  ["KADIS", 1],
  ["ADMIN", 1],
  ["AUDITOR", 1],
];

/** National holidays and cuti bersama, roughly as gazetted: enough to make working time realistic. */
function holidaysAround(now: Date): string[] {
  const year = Number(now.toISOString().slice(0, 4));
  const fixed = ["01-01", "05-01", "06-01", "08-17", "12-25", "12-24", "12-26"];
  const moving = ["02-10", "03-29", "03-31", "04-01", "04-18", "05-12", "05-29", "06-06", "06-27", "09-05"];
  const dates: string[] = [];
  for (let y = year - YEARS - 1; y <= year + 1; y += 1) for (const md of [...fixed, ...moving]) dates.push(`${y}-${md}`);
  return dates;
}

async function prepareDatabase(): Promise<{ db: Db; kind: string; files: number; close(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const server = await startEmbeddedServer({ dataDir: mkdtempSync(path.join(os.tmpdir(), "perizinan-bench-")), port: 0 });
    await deployMigrations({ kind: "postgres", connectionString: server.url });
    const db = createDb(server.url, { maxConnections: 4 });
    const files = Number(arg("files") ?? SMOKE_FILES);
    console.log(`Basis data tertanam: skala uji asap ${files} berkas, BUKAN skala penuh. Jalankan dengan DATABASE_URL=postgresql://… untuk ${FULL_FILES} berkas.`);
    return { db, kind: "PostgreSQL tertanam (uji asap)", files, close: async () => { await db.$disconnect(); await server.stop(); } };
  }
  const admin = createDb(base, { maxConnections: 1 });
  const url = new URL(base);
  url.pathname = `/${BENCH_DB}`;
  const exists = (await admin.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM pg_database WHERE datname = '${BENCH_DB}'`))[0]!.n > 0;
  if (exists && process.argv.includes("--regenerate")) await admin.$executeRawUnsafe(`DROP DATABASE "${BENCH_DB}" WITH (FORCE)`);
  if (!exists || process.argv.includes("--regenerate")) await admin.$executeRawUnsafe(`CREATE DATABASE "${BENCH_DB}"`);
  await admin.$disconnect();
  await deployMigrations({ kind: "postgres", connectionString: url.toString() });
  const db = createDb(url.toString(), { maxConnections: 8 });
  return { db, kind: `PostgreSQL (${url.host}/${BENCH_DB})`, files: Number(arg("files") ?? FULL_FILES), close: () => db.$disconnect() };
}

async function generate(db: Db, target: number, now: Date): Promise<void> {
  const started = Date.now();
  const office = await db.office.create({
    data: {
      code: OFFICE_CODE,
      name: "Kantor Uji Beban",
      shortName: "UJI",
      regency: "Kabupaten Uji",
      governmentName: "PEMERINTAH KABUPATEN UJI",
      address: "Jl. Uji No. 1",
      city: "Uji",
      workingWeek: { 0: [], 1: [{ start: "08:00", end: "16:00" }], 2: [{ start: "08:00", end: "16:00" }], 3: [{ start: "08:00", end: "16:00" }], 4: [{ start: "08:00", end: "16:00" }], 5: [{ start: "08:00", end: "16:00" }], 6: [] },
    },
  });
  await db.holiday.createMany({ data: holidaysAround(now).map((date) => ({ officeId: office.id, date, name: "Hari libur" })) });
  const permitType = await db.permitType.create({
    data: { officeId: office.id, code: SOP.code, name: SOP.permitTypeName, shortName: "SIK PM", description: "Uji beban", registrationPrefix: "PM" },
  });
  const sopVersion = await db.sopVersion.create({
    data: { officeId: office.id, permitTypeId: permitType.id, code: SOP.code, version: 1, definition: SOP as object },
  });
  const passwordHash = await hashPassword("BenchDairi2026!");
  const byRole = new Map<Role, string[]>();
  for (const [role, count] of STAFF) {
    for (let i = 1; i <= count; i += 1) {
      const username = role === "KADIS" ? "bench-kadis" : `bench-${role.toLowerCase()}-${i}`;
      const user = await db.user.create({
        data: { kind: "STAFF", officeId: office.id, username, name: `Pegawai ${role} ${i}`, passwordHash, roles: { create: [{ role }] } },
      });
      byRole.set(role, [...(byRole.get(role) ?? []), user.id]);
    }
  }
  const applicantCount = Math.max(50, Math.round(target / 2.5));
  const applicantIds = Array.from({ length: applicantCount }, (_, i) => `bench-pemohon-${i}`);
  await insertColumns(
    db,
    "User",
    [["id", "text"], ["kind", '"UserKind"'], ["name", "text"], ["email", "text"], ["passwordHash", "text"], ["updatedAt", "timestamp(3)"]],
    applicantIds.map((id, i) => [id, "APPLICANT", `Pemohon ${i}`, `${id}@uji.id`, passwordHash, now]),
  );
  await insertColumns(db, "UserRole", [["userId", "text"], ["role", '"Role"']], applicantIds.map((id) => [id, "PEMOHON"]));
  const staffing: Staffing = { byRole, applicantIds };

  const calendar: WorkingCalendar = await loadCalendar(db, office.id);
  const rnd = random(20261130);
  const span = YEARS * 365 * 86_400_000;
  // Demand grows ~15 % a year: more files lately, as offices see when they go online.
  const startOf = (): Date => new Date(now.getTime() - span * (1 - Math.sqrt(rnd())) - 3 * 86_400_000 * rnd());
  let files: SyntheticFile[] = [];
  let made = 0;
  let events = 0;
  const flush = async (): Promise<void> => {
    await insertFiles(db, files, { officeId: office.id, permitTypeId: permitType.id, sopVersionId: sopVersion.id, calendar, applicantIds });
    events += files.reduce((n, f) => n + f.events.length, 0);
    files = [];
    process.stdout.write(`\r  ${made.toLocaleString("id-ID")} berkas, ${events.toLocaleString("id-ID")} peristiwa`);
  };
  while (made < target) {
    const file = synthesiseFile(rnd, { id: `bench-${made}`, startedAt: startOf(), now, calendar, staffing, applicantIndex: Math.floor(rnd() * applicantCount) });
    if (file.events.length === 0) continue;
    files.push(file);
    made += 1;
    if (files.length >= 2_000) await flush();
  }
  await flush();
  // The monthly histograms, derived from the stays in SQL exactly as each event's transaction does.
  await db.$transaction((tx) => rebuildMonthlyRollups(tx, office.id), { timeout: 600_000 });
  await db.$executeRawUnsafe(`VACUUM ANALYZE`);
  await db.office.update({ where: { id: office.id }, data: { website: `bench:${target}` } });
  console.log(`\n  dibuat dalam ${((Date.now() - started) / 1000).toFixed(0)} detik`);
}

async function insertFiles(
  db: Db,
  files: SyntheticFile[],
  ids: { officeId: string; permitTypeId: string; sopVersionId: string; calendar: WorkingCalendar; applicantIds: string[] },
): Promise<void> {
  const closed = (s: string) => ["ISSUED", "REJECTED", "WITHDRAWN", "REVOKED"].includes(s);
  await insertColumns(
    db,
    "Application",
    [
      ["id", "text"], ["officeId", "text"], ["permitTypeId", "text"], ["sopVersionId", "text"], ["applicantId", "text"],
      ["registrationNumber", "text"], ["status", '"ApplicationStatus"'], ["currentStep", "int"], ["stepStartedAt", "timestamp(3)"],
      ["stepDueAt", "timestamp(3)"], ["stepAtRiskAt", "timestamp(3)"], ["state", "jsonb"], ["version", "int"], ["form", "jsonb"],
      ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"], ["submittedAt", "timestamp(3)"], ["closedAt", "timestamp(3)"],
    ],
    files.map((f) => {
      const deadlines = stepDeadlines(SOP, ids.calendar, f.state);
      return [
        f.id, ids.officeId, ids.permitTypeId, ids.sopVersionId, ids.applicantIds[f.applicantIndex],
        `PM-${f.id}`, f.state.status, f.state.step, f.state.stepStartedAt,
        deadlines.stepDueAt, deadlines.stepAtRiskAt, JSON.stringify(stateToJSON(f.state)), f.events.length, "{}",
        f.startedAt, f.state.updatedAt, f.state.submittedAt, closed(f.state.status) ? f.state.closedAt : null,
      ];
    }),
  );
  await insertColumns(
    db,
    "FileEvent",
    [
      ["officeId", "text"], ["applicationId", "text"], ["seq", "int"], ["actorId", "text"], ["actorRole", '"Role"'], ["action", "text"],
      ["fromStep", "int"], ["toStep", "int"], ["fromStatus", '"ApplicationStatus"'], ["toStatus", '"ApplicationStatus"'], ["at", "timestamp(3)"],
      ["reasons", "text[]"], ["data", "jsonb"],
    ],
    files.flatMap((f) =>
      f.events.map((e, i) => [
        ids.officeId, f.id, i + 1, e.actorId, e.actorRole, e.action, e.fromStep, e.toStep, e.fromStatus, e.toStatus, e.at,
        JSON.stringify(e.reasons ?? []), JSON.stringify(e.assignees ? { assignees: e.assignees } : {}),
      ]),
    ),
  );
  await insertStays(
    db,
    files.flatMap((f) => f.stats.stays.map((stay) => stayRow({ applicationId: f.id, officeId: ids.officeId, permitTypeId: ids.permitTypeId }, stay))),
  );
  await insertColumns(
    db,
    "FileSummary",
    [
      ["applicationId", "text"], ["officeId", "text"], ["permitTypeId", "text"], ["status", '"ApplicationStatus"'], ["submittedAt", "timestamp(3)"],
      ["closedAt", "timestamp(3)"], ["outcome", '"ApplicationStatus"'], ["officeMinutes", "int"], ["officeStandardMinutes", "int"],
      ["withinStandard", "boolean"], ["returnCount", "int"],
    ],
    files.map((f) => {
      const s = f.stats.summary;
      return [f.id, ids.officeId, ids.permitTypeId, s.status, s.submittedAt, s.closedAt, s.outcome, s.officeMinutes, s.officeStandardMinutes, s.withinStandard, s.returnCount];
    }),
  );
}

function percentileOf(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < 3; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentileOf(samples, 0.5), p95: percentileOf(samples, 0.95), max: samples.at(-1)! };
}

async function main(): Promise<void> {
  const now = new Date();
  const runs = Number(arg("runs") ?? 30);
  const database = await prepareDatabase();
  const { db } = database;
  try {
    const existing = await db.office.findUnique({ where: { code: OFFICE_CODE } });
    if (existing && existing.website !== `bench:${database.files}`) {
      throw new Error(`Basis data uji beban berisi data lain (${existing.website ?? "tidak lengkap"}); jalankan dengan --regenerate.`);
    }
    if (!existing) {
      console.log(`Membuat riwayat sintetis: ${database.files.toLocaleString("id-ID")} berkas selama ${YEARS} tahun…`);
      await generate(db, database.files, now);
    }
    const office = await db.office.findUniqueOrThrow({ where: { code: OFFICE_CODE } });
    const [files, events, stays, open] = await Promise.all([
      db.application.count({ where: { officeId: office.id } }),
      db.fileEvent.count({ where: { officeId: office.id } }),
      db.stepStay.count({ where: { officeId: office.id } }),
      db.application.count({ where: { officeId: office.id, status: "IN_PROGRESS" } }),
    ]);
    console.log(`\n${database.kind}: ${files.toLocaleString("id-ID")} berkas, ${events.toLocaleString("id-ID")} peristiwa, ${stays.toLocaleString("id-ID")} baris StepStay, ${open} berkas sedang berjalan`);

    const kadis = await db.user.findUniqueOrThrow({ where: { username: "bench-kadis" } });
    const storage = new LocalDiskStorage(mkdtempSync(path.join(os.tmpdir(), "bench-dashboard-")));
    const caller = createCallerFactory(backofficeRouter)(await createContext({ db, storage, app: "backoffice", sessionUserId: kadis.id }));
    const today = presetPeriod("YEAR", now, "Asia/Jakarta").to;
    const yearAgo = new Date(now.getTime() - 364 * 86_400_000).toISOString().slice(0, 10);
    const period = { from: yearAgo, to: today };
    const input = { period };
    console.log(`Jendela: ${period.from} s.d. ${period.to} (satu tahun); ${runs} kali per prosedur setelah 3 kali pemanasan.\n`);

    const results: Array<[string, { p50: number; p95: number; max: number }]> = [];
    results.push(["dashboard.overview", await time(runs, () => caller.dashboard.overview(input))]);
    results.push(["dashboard.steps", await time(runs, () => caller.dashboard.steps(input))]);
    results.push(["dashboard.officers", await time(runs, () => caller.dashboard.officers(input))]);
    results.push(["dashboard.trends (minggu)", await time(runs, () => caller.dashboard.trends({ ...input, granularity: "week" }))]);
    results.push(["dashboard.trends (bulan)", await time(runs, () => caller.dashboard.trends({ ...input, granularity: "month" }))]);
    results.push(["dashboard.overdue", await time(runs, () => caller.dashboard.overdue(input))]);
    results.push([
      "halaman: semua sekaligus",
      await time(runs, () =>
        Promise.all([
          caller.dashboard.overview(input),
          caller.dashboard.steps(input),
          caller.dashboard.officers(input),
          caller.dashboard.trends({ ...input, granularity: "week" }),
          caller.dashboard.overdue(input),
        ]),
      ),
    ]);

    // The price of keeping the figures in the event's transaction, and of a late holiday.
    const movable = await db.application.findMany({ where: { officeId: office.id, status: "IN_PROGRESS" }, take: 60, orderBy: { stepStartedAt: "asc" } });
    const writes: number[] = [];
    for (const file of movable) {
      if (writes.length >= 15) break;
      const state = stateFromJSON(file.state);
      const step = SOP.steps.find((x) => x.no === state.step);
      if (!step || step.markers?.applicantStep || step.markers?.assignsTeam || !step.actions.some((x) => x.action === "COMPLETE")) continue;
      const role = step.role;
      const actor = await db.user.findFirst({ where: { officeId: office.id, roles: { some: { role } } } });
      const actorId = state.assignees[role]?.[0] ?? actor!.id;
      const t0 = performance.now();
      const result = await applyCommand(db, { applicationId: file.id, expectedVersion: file.version, command: { action: "COMPLETE" }, actor: { id: actorId, roles: [role] } });
      if (result.ok) writes.push(performance.now() - t0);
    }
    writes.sort((a, b) => a - b);
    const holidayDate = new Date(now.getTime() - 20 * 86_400_000).toISOString().slice(0, 10);
    const t0 = performance.now();
    const touched = await db.$transaction((tx) => refreshStatsAroundDate(tx, office.id, holidayDate), { timeout: 600_000 });
    const holidayMs = performance.now() - t0;

    console.log("Prosedur".padEnd(28) + "p50 ms".padStart(9) + "p95 ms".padStart(9) + "maks ms".padStart(9));
    for (const [name, r] of results) {
      console.log(name.padEnd(28) + r.p50.toFixed(1).padStart(9) + r.p95.toFixed(1).padStart(9) + r.max.toFixed(1).padStart(9));
    }
    if (writes.length) {
      console.log(`\nSatu langkah berkas (applyCommand, termasuk menurunkan angka dasbor): p50 ${percentileOf(writes, 0.5).toFixed(1)} ms, maks ${writes.at(-1)!.toFixed(1)} ms (${writes.length} kali)`);
    }
    console.log(`Hari libur ditambahkan belakangan (${holidayDate}): ${touched} berkas diturunkan ulang dalam ${holidayMs.toFixed(0)} ms`);
    const slow = results.filter(([name, r]) => !name.startsWith("halaman") && r.p95 >= 300);
    console.log(slow.length ? `\nDi atas target p95 < 300 ms: ${slow.map(([n]) => n).join(", ")}` : "\nSemua prosedur di bawah target p95 < 300 ms.");
  } finally {
    await database.close();
  }
}

await main();
