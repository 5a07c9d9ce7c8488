import { ACTION_NAMES, type ActionName, isActionName } from "../actions";
import { type Actor, APPLICANT_ROLE } from "../roles";
import { firstStep } from "../sop/graph";
import type { SopDefinition } from "../sop/types";
import { refusalFor } from "./authorize";
import { effectsOf } from "./effects";
import type { Command, FileEvent, TransitionResult } from "./events";
import { type CleanInput, checkInput } from "./input";
import { findOffer, type Offer } from "./offers";
import { cloneState, type FileState } from "./state";

function assertSameSop(sop: SopDefinition, state: FileState): void {
  if (state.sopCode !== sop.code || state.sopVersion !== sop.version) {
    throw new Error(
      `Berkas mengikuti SOP ${state.sopCode} v${state.sopVersion}, bukan ${sop.code} v${sop.version}`,
    );
  }
}

/** What this actor may do on the file now (inputs such as reasons are checked only on transition). */
export function availableActions(sop: SopDefinition, state: FileState, actor: Actor): ActionName[] {
  assertSameSop(sop, state);
  return ACTION_NAMES.filter((action) => {
    const found = findOffer(sop, state, action, actor);
    return found.ok && refusalFor(found.offer, action, state, actor) === null;
  });
}

/**
 * Applies one command and says what it obliges the system to do (effects, from the step's
 * markers). Refusals are checked in this order: the action must exist here (ILLEGAL_ACTION),
 * the actor must be the one to take it (FORBIDDEN), and the input must be complete (INVALID_INPUT).
 * The given state is never modified.
 */
export function transition(
  sop: SopDefinition,
  state: FileState,
  command: Command,
  actor: Actor,
  at: Date,
): TransitionResult {
  assertSameSop(sop, state);
  if (!isActionName(command.action)) {
    return { ok: false, code: "ILLEGAL_ACTION", message: `Tindakan "${String(command.action)}" tidak dikenal.` };
  }
  const found = findOffer(sop, state, command.action, actor);
  if (!found.ok) return { ok: false, code: "ILLEGAL_ACTION", message: found.message };

  const refusal = refusalFor(found.offer, command.action, state, actor);
  if (refusal !== null) return { ok: false, code: "FORBIDDEN", message: refusal };

  const checked = checkInput(found.offer, command, state, at);
  if (!checked.ok) return { ok: false, code: "INVALID_INPUT", message: checked.message };

  const next = apply(sop, state, found.offer, actor, at, checked.input);
  const event: FileEvent = {
    actorId: actor.id,
    actorRole: found.offer.performer,
    ...(onBehalfOfApplicant(found.offer) ? { onBehalfOf: APPLICANT_ROLE as "PEMOHON" } : {}),
    action: command.action,
    fromStep: state.step,
    toStep: next.status === "IN_PROGRESS" || next.status === "RETURNED" ? next.step : null,
    fromStatus: state.status,
    toStatus: next.status,
    at: new Date(at),
    ...checked.input,
  };
  return { ok: true, state: next, event, effects: effectsOf(sop, found.offer, next, checked.input.reasons) };
}

function onBehalfOfApplicant(offer: Offer): boolean {
  return offer.kind === "step" && offer.step.role === APPLICANT_ROLE && offer.performer !== APPLICANT_ROLE;
}

function apply(
  sop: SopDefinition,
  state: FileState,
  offer: Offer,
  actor: Actor,
  at: Date,
  input: CleanInput,
): FileState {
  const next = cloneState(state);
  next.updatedAt = new Date(at);
  if (offer.performer === APPLICANT_ROLE && next.applicantId === null) next.applicantId = actor.id;

  switch (offer.kind) {
    case "resubmit":
      next.status = "IN_PROGRESS";
      next.stepStartedAt = new Date(at);
      next.returnedFromStep = null;
      return next;
    case "withdraw":
      next.status = "WITHDRAWN";
      next.closedAt = new Date(at);
      next.returnedFromStep = null;
      return next;
    case "revoke":
      next.status = "REVOKED";
      next.closedAt = new Date(at);
      return next;
    case "step":
      break;
  }

  const { step, stepAction, performer } = offer;
  if (step.no === firstStep(sop).no && next.submittedAt === null) next.submittedAt = new Date(at);

  const to = stepAction.to;
  if ("resubmitTo" in to) {
    next.status = "RETURNED";
    next.returnedFromStep = step.no;
    next.returnCount += 1;
    next.step = to.resubmitTo;
    next.stepStartedAt = new Date(at);
    if (!next.enteredSteps.includes(to.resubmitTo)) next.enteredSteps.push(to.resubmitTo);
    return next;
  }

  const markers = step.markers ?? {};
  if (markers.signs) next.signed = true;
  if (markers.numbers && !next.numbered.includes(markers.numbers)) next.numbered.push(markers.numbers);
  if (markers.signatureChain !== undefined) {
    next.chainActors[markers.signatureChain] = { ...next.chainActors[markers.signatureChain], [actor.id]: performer };
  }
  if (markers.assignsTeam !== undefined && input.assignees) next.assignees[markers.assignsTeam] = [...input.assignees];

  if ("end" in to) {
    next.status = to.end;
    next.closedAt = new Date(at);
    return next;
  }
  next.step = to.step;
  next.stepStartedAt = new Date(at);
  if (!next.enteredSteps.includes(to.step)) next.enteredSteps.push(to.step);
  return next;
}
