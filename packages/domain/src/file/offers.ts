import { ACTION_LABELS, type ActionName } from "../actions";
import { isOpen, STATUS_LABELS } from "../file-status";
import { type Actor, hasRole, type Role } from "../roles";
import { findStep, requireStep } from "../sop/graph";
import type { SopDefinition, SopStep, StepAction } from "../sop/types";
import type { FileState } from "./state";

/** An action the file offers right now, with the role that performs it — all read from the SOP data. */
export type Offer =
  | { kind: "step"; step: SopStep; stepAction: StepAction; performer: Role; requiresReasons: boolean }
  | { kind: "resubmit"; performer: Role; requiresReasons: false }
  | { kind: "withdraw"; performer: Role; requiresReasons: boolean }
  | { kind: "revoke"; performer: Role; requiresReasons: boolean };

export type OfferLookup = { ok: true; offer: Offer } | { ok: false; message: string };

/**
 * A step may offer one action to more than one performer (the applicant submits online, or the
 * counter submits a walk-in applicant's file for them): the actor's own role picks the offer.
 */
export function findOffer(sop: SopDefinition, state: FileState, action: ActionName, actor?: Actor): OfferLookup {
  const label = ACTION_LABELS[action];
  const refuse = (message: string): OfferLookup => ({ ok: false, message });

  if (action === "REVOKE") {
    const rule = sop.revoke;
    if (!rule || state.status !== rule.fromStatus) {
      return refuse(`Tindakan "${label}" tidak tersedia untuk berkas berstatus "${STATUS_LABELS[state.status]}".`);
    }
    return { ok: true, offer: { kind: "revoke", performer: rule.role, requiresReasons: rule.requiresReasons === true } };
  }

  if (!isOpen(state.status)) {
    return refuse(`Berkas sudah ditutup dengan status "${STATUS_LABELS[state.status]}"; tindakan "${label}" tidak tersedia.`);
  }

  if (action === "WITHDRAW") return findWithdrawOffer(sop, state);

  if (state.status === "RETURNED") {
    if (action === "RESUBMIT" && sop.resubmit) {
      return { ok: true, offer: { kind: "resubmit", performer: sop.resubmit.role, requiresReasons: false } };
    }
    return refuse(`Berkas sedang dikembalikan ke pemohon; tindakan "${label}" menunggu pengajuan ulang.`);
  }

  const step = requireStep(sop, state.step);
  const candidates = step.actions.filter((candidate) => candidate.action === action);
  const stepAction = (actor && candidates.find((c) => hasRole(actor, c.by ?? step.role))) ?? candidates[0];
  if (!stepAction) {
    return refuse(`Tindakan "${label}" tidak tersedia pada langkah ${step.no} (${step.activity}).`);
  }
  return {
    ok: true,
    offer: {
      kind: "step",
      step,
      stepAction,
      performer: stepAction.by ?? step.role,
      requiresReasons: stepAction.requiresReasons === true,
    },
  };
}

function findWithdrawOffer(sop: SopDefinition, state: FileState): OfferLookup {
  const rule = sop.withdraw;
  if (!rule || !rule.allowedStatuses.includes(state.status)) {
    return { ok: false, message: `Permohonan berstatus "${STATUS_LABELS[state.status]}" tidak dapat ditarik.` };
  }
  if (rule.blockedAfterMarker === "signs" && state.signed) {
    return { ok: false, message: "Permohonan tidak dapat ditarik lagi: surat sudah ditandatangani." };
  }
  if (rule.blockedOnPathOf !== undefined && state.enteredSteps.includes(rule.blockedOnPathOf)) {
    const head = findStep(sop, rule.blockedOnPathOf);
    return {
      ok: false,
      message: `Permohonan tidak dapat ditarik lagi: berkas sudah masuk jalur "${head?.activity ?? rule.blockedOnPathOf}".`,
    };
  }
  return { ok: true, offer: { kind: "withdraw", performer: rule.role, requiresReasons: rule.requiresReasons === true } };
}
