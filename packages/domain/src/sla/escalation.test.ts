import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../time/calendar";
import { abandonedReturnTimes, DEFAULT_ESCALATION, escalationOf, escalationPolicyProblems, readEscalationPolicy, type EscalationPolicy } from "./escalation";

const wib = (local: string): Date => new Date(`${local}:00+07:00`);
// Mon–Fri 08.00–16.00 WIB; Wednesday 12 March 2025 is a holiday.
const cal = defaultCalendar(["2025-03-12"]);

describe("escalation on the SOP's clock", () => {
  // A 2-hour back-office step due Tuesday 11 March 14:00: each level is another hour late (half its standard).
  const at = (now: string, role: Parameters<typeof escalationOf>[0]["role"] = "BACK_OFFICE", standardMinutes = 120) =>
    escalationOf({ calendar: cal, policy: DEFAULT_ESCALATION, role, standardMinutes, dueAt: wib("2025-03-11T14:00"), now: wib(now) });

  it.each([
    ["2025-03-11T13:59", 0, [], 0, "2025-03-11T15:00"],
    ["2025-03-11T14:59", 0, [], 59, "2025-03-11T15:00"],
    ["2025-03-11T15:00", 1, ["KABID_PELAYANAN"], 60, "2025-03-11T16:00"],
    // After hours and over the holiday the clock stands still: Thursday 08.00 is still two hours late.
    ["2025-03-12T10:00", 2, ["KABID_PELAYANAN", "SEKRETARIS"], 120, "2025-03-13T09:00"],
    ["2025-03-13T08:59", 2, ["KABID_PELAYANAN", "SEKRETARIS"], 179, "2025-03-13T09:00"],
    ["2025-03-13T09:00", 3, ["KABID_PELAYANAN", "SEKRETARIS", "KADIS"], 180, null],
    ["2025-03-20T09:00", 3, ["KABID_PELAYANAN", "SEKRETARIS", "KADIS"], 180 + 5 * 480, null],
  ] as const)("at %s: level %i, telling %j, %i working minutes late, next at %s", (now, level, tell, overdue, next) => {
    const e = at(now);
    expect(e).toMatchObject({ level, tell, overdueMinutes: overdue, tellAgency: false });
    expect(e.nextAt?.toISOString() ?? null).toBe(next === null ? null : wib(next).toISOString());
  });

  it("a Tim Teknis delay goes to the Back Office and the Kabid first, and to the team's agency", () => {
    expect(at("2025-03-11T16:00", "TIM_TEKNIS")).toMatchObject({ level: 2, tell: ["BACK_OFFICE", "KABID_PELAYANAN"], tellAgency: true });
    expect(at("2025-03-11T14:30", "TIM_TEKNIS")).toMatchObject({ level: 0, tellAgency: false });
  });

  it("the Kadis has no supervisor and the applicant's own step is never escalated", () => {
    expect(at("2025-03-20T09:00", "KADIS")).toMatchObject({ level: 0, tell: [], nextAt: null });
    expect(at("2025-03-20T09:00", "PEMOHON")).toMatchObject({ level: 0, tell: [], nextAt: null });
  });

  it("an office's own chain and share", () => {
    const policy: EscalationPolicy = { shareOfStandard: 1, chains: { BACK_OFFICE: ["KADIS"] }, tellsAgency: [] };
    const e = escalationOf({ calendar: cal, policy, role: "BACK_OFFICE", standardMinutes: 120, dueAt: wib("2025-03-11T14:00"), now: wib("2025-03-11T15:59") });
    expect(e).toMatchObject({ level: 0, nextAt: wib("2025-03-11T16:00") });
    expect(escalationOf({ calendar: cal, policy, role: "BACK_OFFICE", standardMinutes: 120, dueAt: wib("2025-03-11T14:00"), now: wib("2025-03-13T08:00") })).toMatchObject({ level: 1, tell: ["KADIS"], nextAt: null });
  });

  it("never goes back down as time passes, and each level is reached exactly at its nextAt", () => {
    const minute = fc.integer({ min: 0, max: 20 * 24 * 60 });
    fc.assert(
      fc.property(minute, minute, fc.integer({ min: 0, max: 2000 }), (a, b, standard) => {
        const dueAt = wib("2025-03-10T09:00");
        const [early, late] = [a, b].sort((x, y) => x - y).map((m) => new Date(dueAt.getTime() + m * 60_000)) as [Date, Date];
        const one = escalationOf({ calendar: cal, policy: DEFAULT_ESCALATION, role: "FRONT_OFFICE", standardMinutes: standard, dueAt, now: early });
        const two = escalationOf({ calendar: cal, policy: DEFAULT_ESCALATION, role: "FRONT_OFFICE", standardMinutes: standard, dueAt, now: late });
        expect(two.level).toBeGreaterThanOrEqual(one.level);
        if (one.nextAt) {
          expect(escalationOf({ calendar: cal, policy: DEFAULT_ESCALATION, role: "FRONT_OFFICE", standardMinutes: standard, dueAt, now: one.nextAt }).level).toBe(one.level + 1);
          expect(escalationOf({ calendar: cal, policy: DEFAULT_ESCALATION, role: "FRONT_OFFICE", standardMinutes: standard, dueAt, now: new Date(one.nextAt.getTime() - 60_000) }).level).toBe(one.level);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("names every problem of an office's policy", () => {
    expect(escalationPolicyProblems(DEFAULT_ESCALATION)).toEqual([]);
    expect(escalationPolicyProblems({ shareOfStandard: 0, chains: { KADIS: ["KADIS"], BACK_OFFICE: ["KABID_PELAYANAN", "KABID_PELAYANAN", "PEMOHON"], PEMOHON: ["FRONT_OFFICE"] }, tellsAgency: [] })).toEqual([
      { path: "shareOfStandard", message: "bagian dari waktu baku harus lebih dari 0 dan paling besar 10" },
      { path: "chains.KADIS", message: "rantai atasan tidak boleh memuat peran itu sendiri" },
      { path: "chains.BACK_OFFICE", message: "rantai atasan memuat peran yang sama dua kali" },
      { path: "chains.BACK_OFFICE", message: "pemohon bukan atasan" },
      { path: "chains.PEMOHON", message: "langkah pemohon memakai waktu pemohon, tidak dieskalasi" },
    ]);
  });
});

describe("the office's stored policy, read back", () => {
  const own: EscalationPolicy = { shareOfStandard: 1, chains: { BACK_OFFICE: ["KADIS"] }, tellsAgency: [] };
  it.each([
    ["nothing stored", null, DEFAULT_ESCALATION, 0],
    ["a valid policy", own, own, 0],
    ["not a policy", { shareOfStandard: "half" }, DEFAULT_ESCALATION, 1],
    ["an unknown role", { ...own, chains: { BACK_OFFICE: ["BUPATI"] } }, DEFAULT_ESCALATION, 1],
    ["a policy with a problem", { ...own, chains: { BACK_OFFICE: ["BACK_OFFICE"] } }, DEFAULT_ESCALATION, 1],
  ] as const)("%s", (_, stored, policy, problems) => {
    const read = readEscalationPolicy(stored);
    expect(read.policy).toEqual(policy);
    expect(read.problems.length >= problems && (problems > 0) === read.problems.length > 0).toBe(true);
  });
});

describe("an abandoned return: reminder, then closing, in working days", () => {
  it.each([
    // Returned Monday 10 March 10:00, 5 working days: the holiday on Wednesday does not count.
    [5, "2025-03-10T10:00", "2025-03-14T10:00", "2025-03-18T10:00"],
    // Returned after hours: the applicant's time starts the next working morning.
    [3, "2025-03-07T18:00", "2025-03-10T16:00", "2025-03-13T16:00"],
    [2, "2025-03-10T10:00", null, "2025-03-13T10:00"],
  ] as const)("%i days from %s: reminder %s, closed %s", (days, returnedAt, remind, close) => {
    const t = abandonedReturnTimes(cal, wib(returnedAt), days);
    expect(t.remindAt?.toISOString() ?? null).toBe(remind === null ? null : wib(remind).toISOString());
    expect(t.closeAt.toISOString()).toBe(wib(close).toISOString());
  });

  it("refuses a limit that is not a whole number of days", () => {
    expect(() => abandonedReturnTimes(cal, wib("2025-03-10T10:00"), 0)).toThrow(/≥ 1/);
    expect(() => abandonedReturnTimes(cal, wib("2025-03-10T10:00"), 1.5)).toThrow(RangeError);
  });
});
