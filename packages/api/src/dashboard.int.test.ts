import { beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@perizinan/db/test-harness";
import { backofficeRouter } from "./backoffice";
import { createContext } from "./context";
import { pageTexts } from "@perizinan/letters/testing";
import { dashboardCsv, dashboardMonthlyPdf, exportRefusal } from "./dashboard/export";
import { officers } from "./dashboard/officers";
import { overdue } from "./dashboard/overdue";
import { overview } from "./dashboard/overview";
import { resolveScope } from "./dashboard/scope";
import { steps } from "./dashboard/steps";
import { trends } from "./dashboard/trends";
import { createPermitType, recordFile, wib, type Move } from "./testing/history";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory } from "./trpc";

/**
 * Every figure of the dashboard on a small hand-made history whose answers were worked out by hand
 * on the office calendar (Mon–Fri 08:00–16:00 WIB), March 2025:
 *
 * - A: submitted Fri 7 Mar 14:00 (a weekend inside step 2), returned at step 5 on Tue 11th,
 *   resubmitted Thu 13th, rejected at step 8 on Wed 19th, collected Fri 21st. Office time 3300
 *   minutes against a standard of 3060 — or 2820 once Tue 18th is declared a holiday afterwards.
 * - B: submitted Mon 3 Mar 08:00, every office step exactly at its standard except step 6 (960 of
 *   480), issued and collected Wed 12th 08:15. Office time 3255 against 2775.
 * - C: submitted Tue 4 Mar, withdrawn at step 3.
 * - D: submitted Wed 26 Mar, standing at step 4 since 10:00 — 1560 working minutes by Mon 31st
 *   12:00 ("now"), 1380 past its due time.
 */
const office = useSeededOffice("dashboard");
const { storage, users } = office;
let t: TestDatabase;
let permitTypeId: string;
let officeId: string;
const NOW = wib("2025-03-31T12:00");
const MARCH = { from: "2025-03-01", to: "2025-03-31" };

function as(username: string, role: Move["as"]) {
  return (command: Move["command"], local: string): Move => ({ by: users.get(username)!, as: role, command, at: wib(local) });
}

beforeAll(async () => {
  t = office.t;
  officeId = (await t.db.office.findFirstOrThrow()).id;
  permitTypeId = await createPermitType(t.db, officeId, "UJI-DASBOR");
  const sari = as("sari.manik@contoh.id", "PEMOHON");
  const budi = as("budi.sinaga@contoh.id", "PEMOHON");
  const fo = as("frontoffice", "FRONT_OFFICE");
  const bo = as("backoffice", "BACK_OFFICE");
  const tt = as("timteknis", "TIM_TEKNIS");
  const kabid = as("kabid", "KABID_PELAYANAN");
  const sek = as("sekretaris", "SEKRETARIS");
  const ksb = as("kasubbag", "KASUBBAG_UMUM");
  const kadis = as("kadis", "KADIS");
  const ok: Move["command"] = { action: "COMPLETE" };
  const team: Move["command"] = { action: "COMPLETE", assignees: [users.get("timteknis")!] };
  const file = (id: string, startedLocal: string, applicant: string, moves: Move[]) =>
    recordFile(t.db, { id, permitTypeId, applicantId: users.get(applicant)!, startedAt: wib(startedLocal), moves });

  await file("uji-a", "2025-03-07T07:00", "sari.manik@contoh.id", [
    sari(ok, "2025-03-07T14:00"),
    fo(ok, "2025-03-10T09:00"),
    fo(ok, "2025-03-10T09:20"),
    bo(ok, "2025-03-10T12:00"),
    bo({ action: "RETURN", reasons: ["Ijazah tidak terbaca"] }, "2025-03-11T10:00"),
    sari({ action: "RESUBMIT" }, "2025-03-13T09:00"),
    fo(ok, "2025-03-13T10:00"),
    fo(ok, "2025-03-13T10:15"),
    bo(ok, "2025-03-13T12:15"),
    bo(team, "2025-03-14T09:15"),
    tt(ok, "2025-03-17T09:15"),
    tt(ok, "2025-03-19T08:00"),
    tt({ action: "REJECT", reasons: ["STR tidak berlaku"] }, "2025-03-19T15:00"),
    tt(ok, "2025-03-20T08:30"),
    kabid(ok, "2025-03-20T09:00"),
    sek(ok, "2025-03-20T09:30"),
    sek(ok, "2025-03-20T11:00"),
    ksb(ok, "2025-03-20T11:30"),
    fo(ok, "2025-03-20T12:00"),
    sari(ok, "2025-03-21T10:00"),
  ]);
  await file("uji-b", "2025-03-03T07:30", "sari.manik@contoh.id", [
    sari(ok, "2025-03-03T08:00"),
    fo(ok, "2025-03-03T10:00"),
    fo(ok, "2025-03-03T10:30"),
    bo(ok, "2025-03-03T13:30"),
    bo(team, "2025-03-04T09:30"),
    tt(ok, "2025-03-06T09:30"),
    tt(ok, "2025-03-07T09:30"),
    tt({ action: "APPROVE" }, "2025-03-10T09:30"),
    bo(ok, "2025-03-10T10:00"),
    bo(ok, "2025-03-10T10:45"),
    kabid(ok, "2025-03-10T11:45"),
    sek(ok, "2025-03-10T12:45"),
    kadis(ok, "2025-03-11T12:45"),
    ksb(ok, "2025-03-11T13:45"),
    fo(ok, "2025-03-11T14:15"),
    sari(ok, "2025-03-12T08:15"),
  ]);
  await file("uji-c", "2025-03-04T07:45", "budi.sinaga@contoh.id", [
    budi(ok, "2025-03-04T08:00"),
    fo(ok, "2025-03-04T09:00"),
    budi({ action: "WITHDRAW", reasons: ["Pindah tempat kerja"] }, "2025-03-04T09:30"),
  ]);
  await file("uji-d", "2025-03-26T07:50", "budi.sinaga@contoh.id", [
    budi(ok, "2025-03-26T08:00"),
    fo(ok, "2025-03-26T09:40"),
    fo(ok, "2025-03-26T10:00"),
  ]);
});

const scope = (period = MARCH) => resolveScope(t.db, officeId, { period, permitTypeId }, NOW);
const admin = async () =>
  createCallerFactory(backofficeRouter)(await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: users.get("admin")! }));

describe("dashboard figures on a hand-made history", () => {
  it("counts files received, completed, withdrawn, open and returned, and times completion", async () => {
    expect(await overview(t.db, await scope())).toEqual({
      received: 4,
      issued: 1,
      rejected: 1,
      withdrawn: 1,
      inProgress: 1,
      returnedFiles: 1,
      returns: 1,
      returnedRate: 0.25,
      withinStandard: 0,
      withinStandardShare: 0,
      // A 3300, B 3255: the median halfway, p90 nine tenths of the way up
      medianMinutes: 3277.5,
      p90Minutes: 3295.5,
      standardMinutes: 2917.5,
      reasons: { returns: [{ reason: "Ijazah tidak terbaca", count: 1 }], rejections: [{ reason: "STR tidak berlaku", count: 1 }] },
    });
  });

  it("reads a period as whole WIB days: February holds none of it, 12 March only B's completion", async () => {
    expect(await overview(t.db, await scope({ from: "2025-02-01", to: "2025-02-28" }))).toMatchObject({ received: 0, issued: 0, inProgress: 0, medianMinutes: null });
    expect(await overview(t.db, await scope({ from: "2025-03-12", to: "2025-03-12" }))).toMatchObject({
      received: 0,
      issued: 1,
      inProgress: 1, // A, then with the applicant; B closed that day, C before, D not yet submitted
      medianMinutes: 3255,
    });
  });

  it("times each step against its standard and shows what stands there now", async () => {
    const report = await steps(t.db, await scope());
    const step = (no: number) => report.steps.find((s) => s.stepNo === no)!;
    expect(report.steps.map((s) => s.stepNo)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22]);
    // Step 2: A 180 and 60, B 120, C 60, D 100
    expect(step(2)).toMatchObject({ stays: 5, medianMinutes: 100, p90Minutes: 156, onTimeShare: 0.8, standardMinutes: 120, backlogTotal: 0 });
    // Step 3: C's stay ended by its withdrawal is no finished step
    expect(step(3)).toMatchObject({ stays: 4, medianMinutes: 20, p90Minutes: 27, onTimeShare: 1 });
    expect(step(4)).toMatchObject({
      stays: 3,
      medianMinutes: 160,
      p90Minutes: 176,
      onTimeShare: 1,
      backlogTotal: 1,
      backlog: { ON_TIME: 0, AT_RISK: 0, LATE: 0, STUCK: 1 },
      oldestMinutes: 1560,
    });
    expect(step(5)).toMatchObject({ stays: 3, medianMinutes: 300, p90Minutes: 348, onTimeShare: 1 / 3 });
    expect(step(6)).toMatchObject({ stays: 2, medianMinutes: 720, p90Minutes: 912, onTimeShare: 0.5 });
    expect(step(7)).toMatchObject({ stays: 2, medianMinutes: 682.5, p90Minutes: 844.5, onTimeShare: 0.5 });
    expect(step(8)).toMatchObject({ stays: 2, medianMinutes: 450, p90Minutes: 474, onTimeShare: 1 });
    expect(step(20)).toMatchObject({ stays: 1, medianMinutes: 480, onTimeShare: 1, role: "KADIS" });
    // The technical team's steps carry the SOP's warning; no other step does.
    expect(report.steps.filter((s) => s.warning).map((s) => s.stepNo)).toEqual([6, 7, 8]);
    expect(step(7).warning).toMatch(/Tim Teknis terlambat/);

    const role = (r: string) => report.roles.find((x) => x.role === r)!;
    // Front office: steps 2, 3, 14 and 22 — 15, 20, 20, 30, 30, 30, 60, 60, 100, 120, 180
    expect(role("FRONT_OFFICE")).toMatchObject({ stays: 11, medianMinutes: 30, p90Minutes: 120, onTimeShare: 10 / 11, backlogTotal: 0 });
    expect(role("BACK_OFFICE")).toMatchObject({ stays: 8, medianMinutes: 170, onTimeShare: 0.75, backlogTotal: 1, oldestMinutes: 1560 });
  });

  it("tells the Kadis who moved what, how fast, and who holds the late file", async () => {
    const list = await officers(t.db, await scope());
    const of = (username: string) => list.find((o) => o.id === users.get(username))!;
    expect(of("frontoffice")).toMatchObject({ files: 4, stays: 11, medianMinutes: 30, onTimeShare: 10 / 11, overdueNow: 0 });
    expect(of("backoffice")).toMatchObject({ files: 2, stays: 8, medianMinutes: 170, onTimeShare: 0.75, overdueNow: 1 });
    expect(of("timteknis")).toMatchObject({ files: 2, stays: 7, medianMinutes: 480, onTimeShare: 5 / 7, overdueNow: 0 });
    expect(of("kadis")).toMatchObject({ files: 1, stays: 1, medianMinutes: 480 });
    // Whoever holds a late file is listed first.
    expect(list[0]?.id).toBe(users.get("backoffice"));
    expect(list.some((o) => o.id === users.get("sari.manik@contoh.id"))).toBe(false);
  });

  it("lists the file late now, where it stands, who holds it and by how much", async () => {
    const report = await overdue(t.db, await scope());
    expect(report.total).toBe(1);
    expect(report.items[0]).toMatchObject({
      id: "uji-d",
      step: 4,
      role: "BACK_OFFICE",
      holders: [{ id: users.get("backoffice"), name: expect.any(String) }],
      dueAt: wib("2025-03-26T13:00"),
      lateMinutes: 1380,
    });
  });

  it("draws weekly and monthly trends, quiet weeks included", async () => {
    const weekly = await trends(t.db, await scope(), "week");
    expect(weekly).toEqual([
      { bucket: "2025-02-24", received: 0, completed: 0, withinStandard: 0, onTimeShare: null, returned: 0 },
      { bucket: "2025-03-03", received: 3, completed: 0, withinStandard: 0, onTimeShare: null, returned: 0 },
      { bucket: "2025-03-10", received: 0, completed: 1, withinStandard: 0, onTimeShare: 0, returned: 1 },
      { bucket: "2025-03-17", received: 0, completed: 1, withinStandard: 0, onTimeShare: 0, returned: 0 },
      { bucket: "2025-03-24", received: 1, completed: 0, withinStandard: 0, onTimeShare: null, returned: 0 },
      { bucket: "2025-03-31", received: 0, completed: 0, withinStandard: 0, onTimeShare: null, returned: 0 },
    ]);
    expect(await trends(t.db, await scope(), "month")).toEqual([
      { bucket: "2025-03-01", received: 4, completed: 2, withinStandard: 0, onTimeShare: 0, returned: 1 },
    ]);
  });

  it("recomputes everything when Tuesday 18 March is declared a holiday after the fact, and again when it is removed", async () => {
    const caller = await admin();
    const holiday = await caller.admin.holidays.add({ date: "2025-03-18", name: "Cuti bersama (ditetapkan belakangan)" });

    expect(await overview(t.db, await scope())).toMatchObject({
      withinStandard: 1,
      withinStandardShare: 0.5,
      medianMinutes: 3037.5,
      p90Minutes: 3211.5,
    });
    const step7 = (await steps(t.db, await scope())).steps.find((s) => s.stepNo === 7);
    expect(step7).toMatchObject({ medianMinutes: 442.5, p90Minutes: 472.5, onTimeShare: 1 });
    const week17 = (await trends(t.db, await scope(), "week")).find((p) => p.bucket === "2025-03-17");
    expect(week17).toMatchObject({ completed: 1, withinStandard: 1, onTimeShare: 1 });
    expect(await t.db.fileSummary.findUnique({ where: { applicationId: "uji-a" } })).toMatchObject({ officeMinutes: 2820, withinStandard: true });

    await caller.admin.holidays.remove({ id: holiday.id });
    expect(await overview(t.db, await scope())).toMatchObject({ withinStandard: 0, medianMinutes: 3277.5 });
  });

  it("serves the same figures through the API, only to those allowed, with Indonesian refusals", async () => {
    const kadis = createCallerFactory(backofficeRouter)(await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: users.get("kadis")! }));
    expect(await kadis.dashboard.overview({ period: MARCH, permitTypeId })).toEqual(await overview(t.db, await scope()));
    await expect(kadis.dashboard.overview({ period: { from: "2025-03-31", to: "2025-03-01" }, permitTypeId })).rejects.toThrow(
      "Tanggal akhir tidak boleh sebelum tanggal awal.",
    );
    await expect(kadis.dashboard.steps({ period: MARCH, permitTypeId: "tidak-ada" })).rejects.toThrow("Jenis izin tidak ditemukan di kantor ini.");
    const fo = createCallerFactory(backofficeRouter)(await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: users.get("frontoffice")! }));
    await expect(fo.dashboard.overview({ period: MARCH })).rejects.toThrow("Anda tidak memiliki akses");
  });

  it("exports each table as CSV and the month as a printable report, through the same permission check", async () => {
    const ctxOf = (username: string) => createContext({ db: t.db, storage, app: "backoffice", sessionUserId: users.get(username)! });
    const csv = await dashboardCsv(await ctxOf("kadis"), { tabel: "langkah", dari: "2025-03-01", sampai: "2025-03-31", jenis: permitTypeId });
    expect(csv.filename).toBe("dasbor-langkah-2025-03-01-sd-2025-03-31.csv");
    const lines = (csv.body as string).split("\r\n");
    expect(lines[0]).toMatch(/^\uFEFFJenis izin;Langkah;Kegiatan;Pelaksana;Standar \(menit kerja\);Selesai;Median \(menit kerja\);P90 \(menit kerja\);Tepat waktu \(%\)/);
    // Step 7 as computed by hand: 2 stays, median 682,5, p90 844,5, 50 % on time
    expect(lines.find((l) => l.includes(";7;Peninjauan lapangan;"))).toMatch(/;480;2;682,5;844,5;50;/);

    const pdf = await dashboardMonthlyPdf(await ctxOf("auditor"), { bulan: "2025-03", jenis: permitTypeId }, wib("2025-04-01T08:00"));
    const text = (await pageTexts(pdf.body as Uint8Array)).join("\n");
    expect(text).toContain("LAPORAN BULANAN KINERJA PELAYANAN PERIZINAN");
    expect(text).toContain("Maret 2025");
    expect(text).toContain("Waktu per langkah SOP");
    expect(text).toMatch(/Kepala Dinas/);

    const refusalOf = async (work: Promise<unknown>) => work.then(() => null, (error: unknown) => exportRefusal(error));
    expect(await refusalOf(dashboardCsv(await ctxOf("frontoffice"), { tabel: "langkah", dari: "2025-03-01", sampai: "2025-03-31" }))).toEqual({
      status: 403,
      message: "Anda tidak memiliki akses untuk tindakan ini.",
    });
    expect(await refusalOf(dashboardCsv(await ctxOf("kadis"), { tabel: "rahasia", dari: "2025-03-01", sampai: "2025-03-31" }))).toEqual({ status: 400, message: "Tabel tidak dikenal." });
    expect(await refusalOf(dashboardMonthlyPdf(await ctxOf("kadis"), { bulan: "2025-13" }))).toEqual({ status: 400, message: "Bulan tidak valid; pilih bulan seperti 2026-11." });
    expect(await refusalOf(dashboardCsv(await ctxOf("kadis"), { tabel: "tren", dari: "2025-03-31", sampai: "2025-03-01" }))).toEqual({
      status: 400,
      message: "Tanggal akhir tidak boleh sebelum tanggal awal.",
    });
  });
});
