import type { Actor } from "./roles";
import type { Command, FileEvent } from "./file/events";
import { transition } from "./file/machine";
import { type FileState, startFile } from "./file/state";
import type { SopDefinition, SopStep, StepAction, StepTarget } from "./sop/types";

export const actors = {
  applicant: { id: "pemohon-1", roles: ["PEMOHON"] },
  otherApplicant: { id: "pemohon-2", roles: ["PEMOHON"] },
  frontOffice: { id: "fo-1", roles: ["FRONT_OFFICE"] },
  kasubbag: { id: "ksb-1", roles: ["KASUBBAG_UMUM"] },
  backOffice: { id: "bo-1", roles: ["BACK_OFFICE"] },
  tt1: { id: "tt-1", roles: ["TIM_TEKNIS"] },
  tt2: { id: "tt-2", roles: ["TIM_TEKNIS"] },
  ttUnassigned: { id: "tt-9", roles: ["TIM_TEKNIS"] },
  kabid: { id: "kabid-1", roles: ["KABID_PELAYANAN"] },
  sekretaris: { id: "sek-1", roles: ["SEKRETARIS"] },
  kadis: { id: "kadis-1", roles: ["KADIS"] },
  admin: { id: "admin-1", roles: ["ADMIN"] },
  auditor: { id: "auditor-1", roles: ["AUDITOR"] },
  kabidAndSekretaris: { id: "rangkap-1", roles: ["KABID_PELAYANAN", "SEKRETARIS"] },
  adminAndKadis: { id: "rangkap-2", roles: ["ADMIN", "KADIS"] },
} satisfies Record<string, Actor>;

export type Move = [Actor, Command];

/** 2025-03-03 is a Monday; 01:00Z is 08:00 WIB. */
export const MONDAY_0800_WIB = new Date("2025-03-03T01:00:00Z");

/** The actor who performs each step of the seeded SOP on the way to ISSUED or REJECTED. */
export const ISSUED_PATH_MOVES: Move[] = [
  [actors.applicant, { action: "COMPLETE" }], // 1
  [actors.frontOffice, { action: "COMPLETE" }], // 2
  [actors.frontOffice, { action: "COMPLETE" }], // 3
  [actors.backOffice, { action: "COMPLETE" }], // 4
  [actors.backOffice, { action: "COMPLETE", assignees: ["tt-1", "tt-2"] }], // 5
  [actors.tt1, { action: "COMPLETE" }], // 6
  [actors.tt2, { action: "COMPLETE" }], // 7
  [actors.tt1, { action: "APPROVE" }], // 8
  [actors.backOffice, { action: "COMPLETE" }], // 16
  [actors.backOffice, { action: "COMPLETE" }], // 17
  [actors.kabid, { action: "COMPLETE" }], // 18
  [actors.sekretaris, { action: "COMPLETE" }], // 19
  [actors.kadis, { action: "COMPLETE" }], // 20
  [actors.kasubbag, { action: "COMPLETE" }], // 21
  [actors.frontOffice, { action: "COMPLETE" }], // 22
  [actors.applicant, { action: "COMPLETE" }], // 23
];

export const REJECTED_PATH_MOVES: Move[] = [
  ...ISSUED_PATH_MOVES.slice(0, 7),
  [actors.tt1, { action: "REJECT", reasons: ["Hasil peninjauan lapangan tidak memenuhi syarat"] }], // 8
  [actors.tt1, { action: "COMPLETE" }], // 9
  [actors.kabid, { action: "COMPLETE" }], // 10
  [actors.sekretaris, { action: "COMPLETE" }], // 11
  [actors.sekretaris, { action: "COMPLETE" }], // 12
  [actors.kasubbag, { action: "COMPLETE" }], // 13
  [actors.frontOffice, { action: "COMPLETE" }], // 14
  [actors.applicant, { action: "COMPLETE" }], // 15
];

export type Run = { state: FileState; events: FileEvent[]; startedAt: Date; at: Date };

/** Plays moves, `minutesApart` real minutes apart, failing loudly on any refusal. */
export function play(
  sop: SopDefinition,
  moves: readonly Move[],
  options: { from?: Run; startedAt?: Date; minutesApart?: number } = {},
): Run {
  const startedAt = options.from?.startedAt ?? options.startedAt ?? MONDAY_0800_WIB;
  let state = options.from?.state ?? startFile(sop, startedAt);
  const events = [...(options.from?.events ?? [])];
  let at = options.from?.at ?? startedAt;
  for (const [actor, command] of moves) {
    at = new Date(at.getTime() + (options.minutesApart ?? 10) * 60_000);
    const result = transition(sop, state, command, actor, at);
    if (!result.ok) {
      throw new Error(`${actor.id} ${command.action} at step ${state.step}: ${result.code} ${result.message}`);
    }
    state = result.state;
    events.push(result.event);
  }
  return { state, events, startedAt, at };
}

/** The same SOP with every step number multiplied (10, 20, 30, …), as an office might renumber a new version. */
export function renumbered(sop: SopDefinition, factor: number, version = sop.version + 1): SopDefinition {
  const retarget = (to: StepTarget): StepTarget => {
    if ("step" in to) return { step: to.step * factor };
    if ("resubmitTo" in to) return { resubmitTo: to.resubmitTo * factor };
    return to;
  };
  const steps: SopStep[] = sop.steps.map((step) => ({
    ...step,
    no: step.no * factor,
    actions: step.actions.map((action): StepAction => ({ ...action, to: retarget(action.to) })),
  }));
  return {
    ...sop,
    version,
    steps,
    ...(sop.withdraw
      ? {
          withdraw: {
            ...sop.withdraw,
            ...(sop.withdraw.blockedOnPathOf !== undefined ? { blockedOnPathOf: sop.withdraw.blockedOnPathOf * factor } : {}),
          },
        }
      : {}),
  };
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
