import { z } from "zod";
import { ROLES, type Role } from "../roles";
import { addWorkingMinutes, type WorkingCalendar, workingMinutesBetween } from "../time/calendar";
import { MINUTES_PER_WORKING_DAY } from "../time/working-duration";

/**
 * Who is told when a step runs late, on the SOP's clock (working time). A late step climbs its
 * role's chain of supervisors one level each time it is late by another `shareOfStandard` of its
 * own standard time: with 0.5, a 2-hour step tells the first supervisor once it is 1 hour
 * overdue, the second at 2 hours, and so on. The chain is the office's to set; the default is
 * the one the SOP's hierarchy reads (Back Office → Kabid Pelayanan → Sekretaris → Kadis), and a
 * Tim Teknis delay (the SOP's PERINGATAN 2) goes to the Back Office and the Kabid, and to the
 * team's own agency.
 */
export interface EscalationPolicy {
  /** Late by this share of the step's standard before each next level is told; > 0. */
  shareOfStandard: number;
  /** The supervisors of a step held by a role, nearest first. A role not listed is not escalated. */
  chains: Partial<Record<Role, readonly Role[]>>;
  /** Roles whose delay is also told to the technical agency the file's type names. */
  tellsAgency: readonly Role[];
}

export const DEFAULT_ESCALATION: EscalationPolicy = {
  shareOfStandard: 0.5,
  chains: {
    FRONT_OFFICE: ["BACK_OFFICE", "KABID_PELAYANAN", "SEKRETARIS", "KADIS"],
    KASUBBAG_UMUM: ["SEKRETARIS", "KADIS"],
    BACK_OFFICE: ["KABID_PELAYANAN", "SEKRETARIS", "KADIS"],
    TIM_TEKNIS: ["BACK_OFFICE", "KABID_PELAYANAN", "SEKRETARIS", "KADIS"],
    KABID_PELAYANAN: ["SEKRETARIS", "KADIS"],
    SEKRETARIS: ["KADIS"],
  },
  tellsAgency: ["TIM_TEKNIS"],
};

export interface EscalationPolicyProblem {
  path: string;
  message: string;
}

/** Every problem of an office's policy (a share that is no share, a chain that names its own role or repeats one). */
export function escalationPolicyProblems(policy: EscalationPolicy): EscalationPolicyProblem[] {
  const problems: EscalationPolicyProblem[] = [];
  if (!(Number.isFinite(policy.shareOfStandard) && policy.shareOfStandard > 0 && policy.shareOfStandard <= 10)) {
    problems.push({ path: "shareOfStandard", message: "bagian dari waktu baku harus lebih dari 0 dan paling besar 10" });
  }
  for (const [role, chain] of Object.entries(policy.chains) as Array<[Role, readonly Role[]]>) {
    if (chain.includes(role)) problems.push({ path: `chains.${role}`, message: "rantai atasan tidak boleh memuat peran itu sendiri" });
    if (new Set(chain).size !== chain.length) problems.push({ path: `chains.${role}`, message: "rantai atasan memuat peran yang sama dua kali" });
    if (chain.includes("PEMOHON")) problems.push({ path: `chains.${role}`, message: "pemohon bukan atasan" });
  }
  if (policy.chains.PEMOHON) problems.push({ path: "chains.PEMOHON", message: "langkah pemohon memakai waktu pemohon, tidak dieskalasi" });
  return problems;
}

const roleSchema = z.enum(ROLES);
const escalationPolicySchema = z.object({
  shareOfStandard: z.number(),
  chains: z.partialRecord(roleSchema, z.array(roleSchema)),
  tellsAgency: z.array(roleSchema),
});

/**
 * The office's stored policy (a JSON column) read back: the default when none is stored, and the
 * default with the problems named when what is stored is not a policy, so a damaged setting
 * never silences the clock.
 */
export function readEscalationPolicy(stored: unknown): { policy: EscalationPolicy; problems: EscalationPolicyProblem[] } {
  if (stored === null || stored === undefined) return { policy: DEFAULT_ESCALATION, problems: [] };
  const parsed = escalationPolicySchema.safeParse(stored);
  if (!parsed.success) return { policy: DEFAULT_ESCALATION, problems: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) };
  const problems = escalationPolicyProblems(parsed.data);
  return problems.length > 0 ? { policy: DEFAULT_ESCALATION, problems } : { policy: parsed.data, problems: [] };
}

export interface Escalation {
  /** 0: not late enough yet; k: the first k supervisors of the chain are to be told. */
  level: number;
  /** Those supervisors, nearest first. */
  tell: Role[];
  /** Whether the team's agency is told too (once the step is escalated at all). */
  tellAgency: boolean;
  /** Working minutes the step is overdue now (0 when not overdue). */
  overdueMinutes: number;
  /** When the next level is reached, or null when the chain is exhausted. */
  nextAt: Date | null;
}

/**
 * How far a step held by `role`, due at `dueAt`, has escalated at `now`. A worker calls it on a
 * schedule and tells only the levels not told before (it keeps the highest level sent), so a
 * supervisor hears once per file and step visit.
 */
export function escalationOf(input: {
  calendar: WorkingCalendar;
  policy: EscalationPolicy;
  role: Role;
  standardMinutes: number;
  dueAt: Date;
  now: Date;
}): Escalation {
  const { calendar, policy, role, standardMinutes, dueAt, now } = input;
  const chain = role === "PEMOHON" ? [] : [...(policy.chains[role] ?? [])];
  // A step of no standard time still escalates: one working hour per level.
  const stepMinutes = Math.max(1, Math.round((standardMinutes > 0 ? standardMinutes : 60) * policy.shareOfStandard));
  const overdueMinutes = now.getTime() > dueAt.getTime() ? workingMinutesBetween(calendar, dueAt, now) : 0;
  const level = Math.min(chain.length, overdueMinutes > 0 ? Math.floor(overdueMinutes / stepMinutes) : 0);
  const nextAt = level < chain.length ? addWorkingMinutes(calendar, dueAt, (level + 1) * stepMinutes) : null;
  return { level, tell: chain.slice(0, level), tellAgency: level > 0 && policy.tellsAgency.includes(role), overdueMinutes, nextAt };
}

/**
 * A returned file left with the applicant: the reminder is due two working days before the file
 * is closed as abandoned, `days` working days after the return (the applicant's time; it never
 * counts against the office). No reminder when `days` is two or less: the return itself said so.
 */
export function abandonedReturnTimes(calendar: WorkingCalendar, returnedAt: Date, days: number): { remindAt: Date | null; closeAt: Date } {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Batas hari kerja pengembalian harus bilangan bulat ≥ 1, diterima ${days}`);
  const after = (n: number) => addWorkingMinutes(calendar, returnedAt, n * MINUTES_PER_WORKING_DAY);
  return { remindAt: days > 2 ? after(days - 2) : null, closeAt: after(days) };
}
