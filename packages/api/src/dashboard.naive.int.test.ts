import { beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@perizinan/db/test-harness";
import { SOP_SIK_PEREKAM_MEDIS as SOP, workingMinutesBetween, type Command, type Role, type WorkingCalendar } from "@perizinan/domain";
import { backofficeRouter } from "./backoffice";
import { createContext } from "./context";
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
 * The dashboard against a deliberately naive recomputation written here: raw FileEvent rows
 * replayed step by step with the domain's working-time function only — no derived table, no
 * shared aggregation code — on a random history to which holidays are added after the fact.
 */
const office = useSeededOffice("dashboard-naive");
const { storage, users } = office;
let t: TestDatabase;
let officeId: string;
let permitTypeId: string;
const PERIOD = { from: "2025-04-14", to: "2025-06-13" };
const NOW = wib("2025-07-01T10:00");
const LAST_MOVE = wib("2025-06-30T16:00");
const LATE_HOLIDAYS = ["2025-05-13", "2025-05-30", "2025-06-06"];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

type Plan = Array<[username: string, role: Role, command: Command]>;

function planFor(rnd: () => number, timId: string): Plan {
  const ok: Command = { action: "COMPLETE" };
  const applicant = (command: Command): [string, Role, Command] => ["APPLICANT", "PEMOHON", command];
  const intake: Plan = [
    ["frontoffice", "FRONT_OFFICE", ok],
    ["frontoffice", "FRONT_OFFICE", ok],
    ["backoffice", "BACK_OFFICE", ok],
  ];
  const plan: Plan = [applicant(ok)];
  const roll = rnd();
  if (roll < 0.2) {
    plan.push(["frontoffice", "FRONT_OFFICE", { action: "RETURN", reasons: [rnd() < 0.5 ? "KTP buram" : "Pas foto salah"] }], applicant({ action: "RESUBMIT" }));
  }
  plan.push(...intake);
  if (roll > 0.9) return [...plan, applicant({ action: "WITHDRAW", reasons: ["Tidak jadi"] })];
  if (roll > 0.75) {
    plan.push(["backoffice", "BACK_OFFICE", { action: "RETURN", reasons: ["Ijazah buram"] }], applicant({ action: "RESUBMIT" }), ...intake);
  }
  plan.push(["backoffice", "BACK_OFFICE", { action: "COMPLETE", assignees: [timId] }], ["timteknis", "TIM_TEKNIS", ok], ["timteknis", "TIM_TEKNIS", ok]);
  if (rnd() < 0.25) {
    plan.push(["timteknis", "TIM_TEKNIS", { action: "REJECT", reasons: [rnd() < 0.5 ? "STR tidak berlaku" : "Fasyankes tidak berizin"] }]);
    plan.push(["timteknis", "TIM_TEKNIS", ok], ["kabid", "KABID_PELAYANAN", ok], ["sekretaris", "SEKRETARIS", ok], ["sekretaris", "SEKRETARIS", ok]);
    plan.push(["kasubbag", "KASUBBAG_UMUM", ok], ["frontoffice", "FRONT_OFFICE", ok], applicant(ok));
  } else {
    plan.push(["timteknis", "TIM_TEKNIS", { action: "APPROVE" }], ["backoffice", "BACK_OFFICE", ok], ["backoffice", "BACK_OFFICE", ok]);
    plan.push(["kabid", "KABID_PELAYANAN", ok], ["sekretaris", "SEKRETARIS", ok], ["kadis", "KADIS", ok], ["kasubbag", "KASUBBAG_UMUM", ok]);
    plan.push(["frontoffice", "FRONT_OFFICE", ok], applicant(ok));
  }
  return plan;
}

beforeAll(async () => {
  t = office.t;
  officeId = (await t.db.office.findFirstOrThrow()).id;
  permitTypeId = await createPermitType(t.db, officeId, "UJI-NAIF");
  const rnd = random(42);
  const applicants = ["sari.manik@contoh.id", "budi.sinaga@contoh.id"];
  for (let i = 0; i < 26; i += 1) {
    const applicant = applicants[i % 2]!;
    let at = new Date(wib("2025-04-01T07:00").getTime() + Math.floor(rnd() * 80 * 24 * 60) * 60_000);
    const startedAt = at;
    const moves: Move[] = [];
    for (const [username, role, command] of planFor(rnd, users.get("timteknis")!)) {
      // Real-clock gaps from minutes to several days: nights, weekends and holidays fall inside them.
      at = new Date(at.getTime() + Math.floor(5 + rnd() ** 2 * 4 * 24 * 60) * 60_000);
      if (at > LAST_MOVE) break;
      moves.push({ by: users.get(username === "APPLICANT" ? applicant : username)!, as: role, command, at });
    }
    await recordFile(t.db, { id: `naif-${i}`, permitTypeId, applicantId: users.get(applicant)!, startedAt, moves });
  }
  const admin = createCallerFactory(backofficeRouter)(await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: users.get("admin")! }));
  for (const date of LATE_HOLIDAYS) await admin.admin.holidays.add({ date, name: "Cuti bersama (ditetapkan belakangan)" });
});

// ---------------------------------------------------------------- the naive side

/** percentile_cont: linear interpolation between the closest ranks. */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

interface NaiveStay {
  file: string;
  step: number;
  role: Role;
  actor: string;
  action: string;
  reasons: string[];
  since: Date;
  until: Date;
  minutes: number;
  office: boolean;
}

interface NaiveFile {
  id: string;
  submittedAt: Date | null;
  closedAt: Date | null;
  outcome: string | null;
  officeMinutes: number;
  standard: number;
  returns: number;
  open: { step: number; since: Date } | null;
}

async function naive() {
  const officeRow = await t.db.office.findUniqueOrThrow({ where: { id: officeId } });
  const holidays = await t.db.holiday.findMany({ where: { officeId } });
  const calendar: WorkingCalendar = {
    timeZone: officeRow.timeZone,
    week: officeRow.workingWeek as unknown as WorkingCalendar["week"],
    holidays: holidays.map((h) => h.date),
  };
  const apps = await t.db.application.findMany({ where: { permitTypeId }, include: { events: { orderBy: { seq: "asc" } } } });
  const stepOf = (no: number) => SOP.steps.find((s) => s.no === no)!;
  const stays: NaiveStay[] = [];
  const files: NaiveFile[] = [];
  for (const app of apps) {
    let since = app.createdAt;
    let submittedAt: Date | null = null;
    const file: NaiveFile = { id: app.id, submittedAt: null, closedAt: null, outcome: null, officeMinutes: 0, standard: 0, returns: 0, open: null };
    for (const e of app.events) {
      if (e.fromStatus === "IN_PROGRESS") {
        const step = stepOf(e.fromStep);
        const minutes = workingMinutesBetween(calendar, since, e.at);
        const isOffice = !step.markers?.applicantStep && submittedAt !== null && since >= submittedAt;
        stays.push({ file: app.id, step: e.fromStep, role: step.role, actor: e.actorId, action: e.action, reasons: e.reasons, since, until: e.at, minutes, office: isOffice });
        if (isOffice) {
          file.officeMinutes += minutes;
          file.standard += step.standardMinutes;
        }
      }
      if (submittedAt === null && e.fromStep === 1 && e.toStatus === "IN_PROGRESS") submittedAt = e.at;
      if (e.action === "RETURN") file.returns += 1;
      if (["ISSUED", "REJECTED", "WITHDRAWN"].includes(e.toStatus) && !file.closedAt) {
        file.closedAt = e.at;
        file.outcome = e.toStatus;
      }
      since = e.at;
    }
    file.submittedAt = submittedAt;
    if (app.status === "IN_PROGRESS" && submittedAt) file.open = { step: app.currentStep, since };
    if (submittedAt) files.push(file);
  }
  return { calendar, stays, files, stepOf };
}

const inRange = (d: Date | null, start: Date, end: Date) => d !== null && d >= start && d < end;

describe("the dashboard equals a naive recomputation from raw events, after holidays added late", () => {
  it("overview", async () => {
    const scope = await resolveScope(t.db, officeId, { period: PERIOD, permitTypeId }, NOW);
    const { files, stays } = await naive();
    const { start, end } = scope;
    const completed = files.filter((f) => inRange(f.closedAt, start, end) && (f.outcome === "ISSUED" || f.outcome === "REJECTED"));
    const received = files.filter((f) => inRange(f.submittedAt, start, end));
    const returnStays = stays.filter((s) => s.action === "RETURN" && inRange(s.until, start, end));
    const within = completed.filter((f) => f.officeMinutes <= f.standard).length;
    const reasonsOf = (action: string) => {
      const counts = new Map<string, number>();
      for (const s of stays.filter((x) => x.action === action && inRange(x.until, start, end))) for (const r of s.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
      return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason, "id"));
    };
    const expected = {
      received: received.length,
      issued: completed.filter((f) => f.outcome === "ISSUED").length,
      rejected: completed.filter((f) => f.outcome === "REJECTED").length,
      withdrawn: files.filter((f) => inRange(f.closedAt, start, end) && f.outcome === "WITHDRAWN").length,
      inProgress: files.filter((f) => f.submittedAt! < end && (f.closedAt === null || f.closedAt >= end)).length,
      returnedFiles: new Set(returnStays.map((s) => s.file)).size,
      returns: returnStays.length,
      returnedRate: received.length ? received.filter((f) => f.returns > 0).length / received.length : null,
      withinStandard: within,
      withinStandardShare: completed.length ? within / completed.length : null,
      medianMinutes: percentile(completed.map((f) => f.officeMinutes), 0.5),
      p90Minutes: percentile(completed.map((f) => f.officeMinutes), 0.9),
      standardMinutes: percentile(completed.map((f) => f.standard), 0.5),
      reasons: { returns: reasonsOf("RETURN"), rejections: reasonsOf("REJECT") },
    };
    // The history must actually exercise the figures, or the comparison proves little.
    expect(expected.issued).toBeGreaterThan(3);
    expect(expected.returns).toBeGreaterThan(0);
    expect(expected.inProgress).toBeGreaterThan(0);
    const actual = await overview(t.db, scope);
    expect(actual).toEqual({
      ...expected,
      medianMinutes: expect.closeTo(expected.medianMinutes!, 6),
      p90Minutes: expect.closeTo(expected.p90Minutes!, 6),
      standardMinutes: expect.closeTo(expected.standardMinutes!, 6),
      returnedRate: expect.closeTo(expected.returnedRate!, 9),
      withinStandardShare: expect.closeTo(expected.withinStandardShare!, 9),
    });
  });

  it("steps, roles and officers", async () => {
    const scope = await resolveScope(t.db, officeId, { period: PERIOD, permitTypeId }, NOW);
    const { stays, files, calendar, stepOf } = await naive();
    const counted = stays.filter((s) => s.office && s.action !== "WITHDRAW" && inRange(s.until, scope.start, scope.end));
    const summarise = (group: NaiveStay[]) => ({
      stays: group.length,
      medianMinutes: percentile(group.map((s) => s.minutes), 0.5),
      p90Minutes: percentile(group.map((s) => s.minutes), 0.9),
      onTimeShare: group.length ? group.filter((s) => s.minutes <= stepOf(s.step).standardMinutes).length / group.length : null,
    });
    const report = await steps(t.db, scope);
    for (const step of report.steps) {
      const mine = summarise(counted.filter((s) => s.step === step.stepNo));
      expect({ no: step.stepNo, stays: step.stays, median: step.medianMinutes, p90: step.p90Minutes, onTime: step.onTimeShare }).toEqual({
        no: step.stepNo,
        stays: mine.stays,
        median: mine.medianMinutes === null ? null : expect.closeTo(mine.medianMinutes, 6),
        p90: mine.p90Minutes === null ? null : expect.closeTo(mine.p90Minutes, 6),
        onTime: mine.onTimeShare === null ? null : expect.closeTo(mine.onTimeShare, 9),
      });
      const waiting = files.filter((f) => f.open?.step === step.stepNo);
      expect(step.backlogTotal, `backlog at step ${step.stepNo}`).toBe(waiting.length);
      if (waiting.length) expect(step.oldestMinutes).toBe(Math.max(...waiting.map((f) => workingMinutesBetween(calendar, f.open!.since, NOW))));
    }
    expect(report.steps.reduce((n, s) => n + s.stays, 0)).toBe(counted.length);
    for (const role of report.roles) {
      expect(role.stays, role.role).toBe(counted.filter((s) => s.role === role.role).length);
      expect(role.medianMinutes, role.role).toBeCloseTo(percentile(counted.filter((s) => s.role === role.role).map((s) => s.minutes), 0.5) ?? NaN, 6);
    }

    const people = await officers(t.db, scope);
    for (const person of people.filter((p) => p.stays > 0)) {
      const mine = counted.filter((s) => s.actor === person.id);
      expect({ id: person.id, files: person.files, stays: person.stays }).toEqual({ id: person.id, files: new Set(mine.map((s) => s.file)).size, stays: mine.length });
      expect(person.medianMinutes).toBeCloseTo(percentile(mine.map((s) => s.minutes), 0.5)!, 6);
    }
    expect(people.reduce((n, p) => n + p.stays, 0)).toBe(counted.length);
  });

  it("overdue files and weekly trends", async () => {
    const scope = await resolveScope(t.db, officeId, { period: PERIOD, permitTypeId }, NOW);
    const { files, stays, calendar, stepOf } = await naive();
    const late = files
      .filter((f) => f.open && workingMinutesBetween(calendar, f.open.since, NOW) > stepOf(f.open.step).standardMinutes)
      .map((f) => ({ id: f.id, lateMinutes: workingMinutesBetween(calendar, f.open!.since, NOW) - stepOf(f.open!.step).standardMinutes }))
      .sort((a, b) => a.id.localeCompare(b.id));
    const report = await overdue(t.db, scope);
    expect(report.items.map((i) => ({ id: i.id, lateMinutes: i.lateMinutes })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(late);

    // Weeks on the WIB clock (UTC+7, no daylight saving), Monday first.
    const weekOf = (d: Date) => {
      const local = new Date(d.getTime() + 7 * 3_600_000);
      local.setUTCHours(0, 0, 0, 0);
      return new Date(local.getTime() - ((local.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    };
    const { start, end } = scope;
    const points = await trends(t.db, scope, "week");
    for (const point of points) {
      const completed = files.filter((f) => inRange(f.closedAt, start, end) && ["ISSUED", "REJECTED"].includes(f.outcome!) && weekOf(f.closedAt!) === point.bucket);
      expect(point, point.bucket).toEqual({
        bucket: point.bucket,
        received: files.filter((f) => inRange(f.submittedAt, start, end) && weekOf(f.submittedAt!) === point.bucket).length,
        completed: completed.length,
        withinStandard: completed.filter((f) => f.officeMinutes <= f.standard).length,
        onTimeShare: completed.length ? completed.filter((f) => f.officeMinutes <= f.standard).length / completed.length : null,
        returned: new Set(stays.filter((s) => s.action === "RETURN" && inRange(s.until, start, end) && weekOf(s.until) === point.bucket).map((s) => s.file)).size,
      });
    }
    expect(points.reduce((n, p) => n + p.received, 0)).toBe(files.filter((f) => inRange(f.submittedAt, start, end)).length);
  });
});
