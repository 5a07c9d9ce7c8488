import { FILE_ACTION_NAMES, type ActionName } from "../actions";
import { hasRole, type Actor, type Role } from "../roles";
import type { SopDefinition } from "../sop/types";
import { findOffer } from "./offers";
import { refusalFor } from "./authorize";
import type { FileState } from "./state";

const isStatusAction = (action: ActionName): boolean => (FILE_ACTION_NAMES as readonly ActionName[]).includes(action);

/**
 * The (step, role) pairs at which this actor's roles perform a step action of the SOP — the
 * step's own role or an action's `by:` performer. Status actions (revoke, withdraw, resubmit)
 * are not work waiting in an inbox.
 */
export function stepsActedOnBy(sop: SopDefinition, actor: Actor): { step: number; role: Role }[] {
  const pairs: { step: number; role: Role }[] = [];
  for (const step of sop.steps) {
    const performers = new Set(step.actions.filter((a) => !isStatusAction(a.action)).map((a) => a.by ?? step.role));
    for (const role of performers) if (hasRole(actor, role)) pairs.push({ step: step.no, role });
  }
  return pairs;
}

/**
 * What the inbox stores with a file to match its assignment in SQL: the roles whose members are
 * named for it (only they may act in that role), and everyone named.
 */
export function assignmentColumns(state: FileState): { restrictedRoles: Role[]; assignees: string[] } {
  const entries = Object.entries(state.assignees).filter(([, ids]) => (ids ?? []).length > 0) as [Role, string[]][];
  return {
    restrictedRoles: entries.map(([role]) => role).sort(),
    assignees: [...new Set(entries.flatMap(([, ids]) => ids))].sort(),
  };
}

/**
 * Why this actor, who holds the step's role, cannot act on it now (assigned to colleagues, four
 * eyes, their own application) — or null when they can, or when the step is simply not theirs.
 */
export function whyCannotAct(sop: SopDefinition, state: FileState, actor: Actor): string | null {
  if (state.status !== "IN_PROGRESS") return null;
  const step = sop.steps.find((s) => s.no === state.step);
  if (!step) return null;
  let reason: string | null = null;
  for (const a of step.actions) {
    if (isStatusAction(a.action) || !hasRole(actor, a.by ?? step.role)) continue;
    const found = findOffer(sop, state, a.action, actor);
    if (!found.ok) continue;
    const refusal = refusalFor(found.offer, a.action, state, actor);
    if (refusal === null) return null;
    reason ??= refusal;
  }
  return reason;
}
