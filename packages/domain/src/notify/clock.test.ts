import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_ESCALATION } from "../sla/escalation";
import { defaultCalendar } from "../time/calendar";
import { readStepClock, type ClockNotice } from "./clock";
import { digestDayAt, lateDigestList, workDigestList } from "./digest";

const wib = (local: string): Date => new Date(`${local}:00+07:00`);
// Mon–Fri 08.00–16.00 WIB; Wednesday 12 March 2025 is a holiday.
const cal = defaultCalendar(["2025-03-12"]);

// A 2-hour step started Tuesday 11 March 12:00: at risk from 13:30, due 14:00, each escalation level another hour.
const step = { calendar: cal, policy: DEFAULT_ESCALATION, standardMinutes: 120, atRiskAt: wib("2025-03-11T13:30"), dueAt: wib("2025-03-11T14:00") };
const read = (now: string, told = 0, role: Parameters<typeof readStepClock>[0]["role"] = "BACK_OFFICE") => readStepClock({ ...step, role, now: wib(now), told });
const summary = (notices: ClockNotice[]) => notices.map((n) => (n.kind === "ESCALATION" ? `${n.kind}:${n.role}${n.alsoAgency ? "+instansi" : ""}` : n.kind));

describe("the step clock: what to tell, once each", () => {
  it.each([
    ["2025-03-11T13:29", 0, [], 0, "2025-03-11T13:30"],
    ["2025-03-11T13:30", 0, ["STEP_AT_RISK"], 1, "2025-03-11T14:01"],
    ["2025-03-11T13:45", 1, [], 1, "2025-03-11T14:01"],
    ["2025-03-11T14:00", 1, [], 1, "2025-03-11T14:01"],
    ["2025-03-11T14:01", 1, ["STEP_OVERDUE"], 2, "2025-03-11T15:00"],
    // Found late only now (the worker was down): overdue, not also "at risk".
    ["2025-03-11T14:30", 0, ["STEP_OVERDUE"], 2, "2025-03-11T15:00"],
    ["2025-03-11T15:00", 2, ["ESCALATION:KABID_PELAYANAN"], 3, "2025-03-11T16:00"],
    // Over the night and the holiday the clock stands still: Thursday 08.00 is only two levels.
    ["2025-03-13T08:00", 3, ["ESCALATION:SEKRETARIS"], 4, "2025-03-13T09:00"],
    ["2025-03-13T09:00", 4, ["ESCALATION:KADIS"], 5, null],
    ["2025-03-20T09:00", 5, [], 5, null],
    // Several levels reached while nobody looked: each supervisor is told.
    ["2025-03-13T09:00", 1, ["STEP_OVERDUE", "ESCALATION:KABID_PELAYANAN", "ESCALATION:SEKRETARIS", "ESCALATION:KADIS"], 5, null],
  ] as const)("at %s having told stage %i: %j, stage %i, next look %s", (now, told, notices, stage, next) => {
    const r = read(now, told);
    expect(summary(r.notices)).toEqual(notices);
    expect(r.stage).toBe(stage);
    expect(r.nextAt?.toISOString() ?? null).toBe(next === null ? null : wib(next).toISOString());
  });

  it("a step due at closing time is not late overnight", () => {
    const evening = { ...step, atRiskAt: wib("2025-03-11T15:30"), dueAt: wib("2025-03-11T16:00") };
    const r = readStepClock({ ...evening, role: "BACK_OFFICE", now: wib("2025-03-11T20:00"), told: 1 });
    expect(r).toMatchObject({ notices: [], stage: 1, overdueMinutes: 0 });
    expect(r.nextAt).toEqual(wib("2025-03-13T08:01"));
  });

  it("a Tim Teknis delay tells the Back Office first, and the team's agency with it", () => {
    expect(summary(read("2025-03-11T15:00", 2, "TIM_TEKNIS").notices)).toEqual(["ESCALATION:BACK_OFFICE+instansi"]);
    expect(read("2025-03-11T16:00", 3, "TIM_TEKNIS")).toMatchObject({ escalatedTo: ["BACK_OFFICE", "KABID_PELAYANAN"] });
  });

  it("the applicant's step and a role outside every chain tell the step only", () => {
    expect(read("2025-03-20T09:00", 0, "PEMOHON")).toMatchObject({ notices: [], nextAt: null });
    expect(summary(read("2025-03-20T09:00", 0, "KADIS").notices)).toEqual(["STEP_OVERDUE"]);
    expect(read("2025-03-20T09:00", 2, "KADIS")).toMatchObject({ notices: [], nextAt: null, escalatedTo: [] });
  });

  it("swept at any moments, every notice is told exactly once and in order, and the stage never goes down", () => {
    const minute = fc.integer({ min: -600, max: 10 * 24 * 60 });
    fc.assert(
      fc.property(fc.array(minute, { minLength: 1, maxLength: 12 }), fc.constantFrom("FRONT_OFFICE", "TIM_TEKNIS", "SEKRETARIS", "KADIS") as fc.Arbitrary<"FRONT_OFFICE">, (offsets, role) => {
        let told = 0;
        const said: string[] = [];
        for (const m of [...offsets].sort((a, b) => a - b)) {
          const r = readStepClock({ ...step, role, now: new Date(step.dueAt.getTime() + m * 60_000), told });
          expect(r.stage).toBeGreaterThanOrEqual(told);
          said.push(...summary(r.notices));
          told = r.stage;
        }
        expect(new Set(said).size).toBe(said.length);
        const final = readStepClock({ ...step, role, now: new Date(step.dueAt.getTime() + Math.max(...offsets) * 60_000), told: 0 });
        // Whatever the sweeps, the escalations told are the ones a single late look would tell.
        expect(said.filter((s) => s.startsWith("ESCALATION"))).toEqual(summary(final.notices).filter((s) => s.startsWith("ESCALATION")));
      }),
      { numRuns: 300 },
    );
  });
});

describe("digest lists", () => {
  it("late files by role and officer, worst first", () => {
    const text = lateDigestList([
      { registrationNumber: "PM-1", permitTypeName: "Izin A", role: "TIM_TEKNIS", officers: ["Dr. Rudi"], overdueMinutes: 2400 },
      { registrationNumber: "PM-2", permitTypeName: "Izin A", role: "KADIS", officers: [], overdueMinutes: 90 },
      { registrationNumber: "PM-3", permitTypeName: "Izin B", role: "TIM_TEKNIS", officers: ["Dr. Rudi"], overdueMinutes: 3000 },
      { registrationNumber: "PM-4", permitTypeName: "Izin B", role: "TIM_TEKNIS", officers: ["Budi", "Ani"], overdueMinutes: 60 },
    ]);
    expect(text).toBe(
      [
        "Tim Teknis (3 berkas):",
        "  Dr. Rudi:",
        "  - PM-3 (Izin B), terlambat 6 hari 2 jam",
        "  - PM-1 (Izin A), terlambat 5 hari",
        "  Ani, Budi:",
        "  - PM-4 (Izin B), terlambat 1 jam",
        "",
        "Kepala Dinas (1 berkas):",
        "  semua pemegang peran:",
        "  - PM-2 (Izin A), terlambat 1 jam 30 menit",
      ].join("\n"),
    );
    expect(lateDigestList([])).toBe("Tidak ada berkas yang terlambat.");
  });

  it.each([
    ["2025-03-11T07:29", null],
    ["2025-03-11T07:30", "2025-03-11"],
    ["2025-03-11T23:59", "2025-03-11"],
    // The holiday and the weekend have no digest.
    ["2025-03-12T09:00", null],
    ["2025-03-15T09:00", null],
  ] as const)("the morning digest at %s is for %s", (now, day) => {
    expect(digestDayAt(cal, wib(now), "07:30")).toBe(day);
  });

  it("the digest day is the office's, not UTC's: 07.45 on 11 March in Jayapura is still 10 March in UTC", () => {
    const wit = { ...defaultCalendar([]), timeZone: "Asia/Jayapura" };
    expect(digestDayAt(wit, new Date("2025-03-10T22:45:00Z"), "07:30")).toBe("2025-03-11");
    expect(digestDayAt(wit, new Date("2025-03-10T22:15:00Z"), "07:30")).toBe(null);
  });

  it("new work, one line per file", () => {
    expect(workDigestList([{ registrationNumber: "PM-1", permitTypeName: "Izin A", stepLabel: "2. Verifikasi", due: "5 Desember 2026 pukul 10.00 WIB" }])).toBe(
      "- PM-1 (Izin A): 2. Verifikasi, batas waktu 5 Desember 2026 pukul 10.00 WIB",
    );
  });
});
