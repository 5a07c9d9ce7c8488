import {
  addWorkingMinutes,
  fileStats,
  SOP_SIK_PEREKAM_MEDIS as SOP,
  startFile,
  stateToJSON,
  transition,
  type Command,
  type FileEvent,
  type FileState,
  type FileStats,
  type Role,
  type WorkingCalendar,
} from "@perizinan/domain";

/** One synthetic file: its events made by the domain machine itself, and the rows derived from them. */
export interface SyntheticFile {
  id: string;
  applicantIndex: number;
  startedAt: Date;
  state: FileState;
  events: FileEvent[];
  stats: FileStats;
}

export interface Staffing {
  /** Officer ids per role; a file's actor for a role is drawn from these. */
  byRole: Map<Role, string[]>;
  applicantIds: string[];
}

/** Deterministic random numbers, so two runs generate the same history. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RETURN_REASONS = [
  "STR Perekam Medis tidak terbaca",
  "Pas foto bukan latar merah",
  "Ijazah belum dilegalisir",
  "Surat keterangan sehat kedaluwarsa",
  "Surat rekomendasi organisasi profesi tidak ada",
];
const REJECT_REASONS = ["Fasyankes belum berizin operasional", "STR tidak sesuai kualifikasi", "Pemohon tidak bekerja di fasyankes tersebut"];

/**
 * A working-time duration for a step: log-normal around a share of its standard, so most steps
 * finish on time and a long tail does not — heavier for the technical team, as the SOP warns.
 */
function durationFor(rnd: () => number, standard: number, role: Role): number {
  const gaussian = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const centre = role === "TIM_TEKNIS" ? 0.9 : 0.55;
  const spread = role === "TIM_TEKNIS" ? 0.7 : 0.5;
  return Math.max(1, Math.round(standard * centre * Math.exp(spread * gaussian)));
}

type Move = { role: Role; command: Command; applicant?: boolean };

function planFor(rnd: () => number): Move[] {
  const ok: Command = { action: "COMPLETE" };
  const me = (command: Command): Move => ({ role: "PEMOHON", command, applicant: true });
  const intake: Move[] = [
    { role: "FRONT_OFFICE", command: ok },
    { role: "FRONT_OFFICE", command: ok },
    { role: "BACK_OFFICE", command: ok },
  ];
  const plan: Move[] = [me(ok)];
  const reason = (): string => RETURN_REASONS[Math.floor(rnd() * RETURN_REASONS.length)]!;
  // Incomplete files are common: about a third come back at least once, some more than once.
  while (rnd() < 0.3) plan.push({ role: "FRONT_OFFICE", command: { action: "RETURN", reasons: [reason()] } }, me({ action: "RESUBMIT" }));
  plan.push(...intake);
  if (rnd() < 0.03) return [...plan, me({ action: "WITHDRAW", reasons: ["Pemohon pindah tempat kerja"] })];
  while (rnd() < 0.3) plan.push({ role: "BACK_OFFICE", command: { action: "RETURN", reasons: [reason()] } }, me({ action: "RESUBMIT" }), ...intake);
  plan.push({ role: "BACK_OFFICE", command: { action: "COMPLETE" } }, { role: "TIM_TEKNIS", command: ok }, { role: "TIM_TEKNIS", command: ok });
  const C = (role: Role): Move => ({ role, command: ok });
  if (rnd() < 0.08) {
    plan.push({ role: "TIM_TEKNIS", command: { action: "REJECT", reasons: [REJECT_REASONS[Math.floor(rnd() * 3)]!] } });
    plan.push(C("TIM_TEKNIS"), C("KABID_PELAYANAN"), C("SEKRETARIS"), C("SEKRETARIS"), C("KASUBBAG_UMUM"), C("FRONT_OFFICE"), me(ok));
  } else {
    plan.push({ role: "TIM_TEKNIS", command: { action: "APPROVE" } }, C("BACK_OFFICE"), C("BACK_OFFICE"), C("KABID_PELAYANAN"));
    plan.push(C("SEKRETARIS"), C("KADIS"), C("KASUBBAG_UMUM"), C("FRONT_OFFICE"), me(ok));
  }
  return plan;
}

/**
 * Plays one file through the real SOP machine: each move happens a drawn working-time duration
 * after the previous one on the office calendar; moves that would fall after `now` are not made,
 * so the newest files are still open (some late) — as in a real office on any morning.
 */
export function synthesiseFile(
  rnd: () => number,
  input: { id: string; startedAt: Date; now: Date; calendar: WorkingCalendar; staffing: Staffing; applicantIndex: number },
): SyntheticFile {
  const { calendar, staffing } = input;
  let state = startFile(SOP, input.startedAt);
  const events: FileEvent[] = [];
  let at = input.startedAt;
  const applicantId = staffing.applicantIds[input.applicantIndex]!;
  const pick = (role: Role): string => {
    const ids = staffing.byRole.get(role)!;
    return ids[Math.floor(rnd() * ids.length)]!;
  };
  let team: string[] = [];
  for (const move of planFor(rnd)) {
    const step = SOP.steps.find((s) => s.no === state.step)!;
    const minutes =
      move.command.action === "RESUBMIT" ? 120 + Math.round(rnd() * 2400) : move.applicant ? Math.round(rnd() * 900) : durationFor(rnd, step.standardMinutes, step.role);
    const next = addWorkingMinutes(calendar, at, Math.max(1, minutes));
    if (next > input.now) break;
    at = next;
    let command = move.command;
    if (step.markers?.assignsTeam && move.command.action === "COMPLETE") {
      const members = staffing.byRole.get("TIM_TEKNIS")!;
      const first = Math.floor(rnd() * members.length);
      team = [members[first]!, members[(first + 1) % members.length]!];
      command = { ...command, assignees: team };
    }
    const actorId = move.applicant ? applicantId : move.role === "TIM_TEKNIS" && team.length ? team[Math.floor(rnd() * team.length)]! : pick(move.role);
    const result = transition(SOP, state, command, { id: actorId, roles: [move.role] }, at);
    if (!result.ok) throw new Error(`${input.id}: ${result.message}`);
    state = result.state;
    events.push(result.event);
  }
  return { id: input.id, applicantIndex: input.applicantIndex, startedAt: input.startedAt, state, events, stats: fileStats(SOP, calendar, events, input.startedAt) };
}

export { stateToJSON };
