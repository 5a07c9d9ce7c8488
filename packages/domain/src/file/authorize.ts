import { ACTION_LABELS, type ActionName } from "../actions";
import { type Actor, APPLICANT_ROLE, hasRole, NON_OPERATIONAL_ROLES, ROLE_LABELS } from "../roles";
import type { Offer } from "./offers";
import type { FileState } from "./state";

/** Why this actor may not take the offer, or null when they may. */
export function refusalFor(offer: Offer, action: ActionName, state: FileState, actor: Actor): string | null {
  const role = offer.performer;
  const roleLabel = ROLE_LABELS[role];

  if (NON_OPERATIONAL_ROLES.includes(role)) {
    return `Peran ${roleLabel} tidak menjalankan berkas.`;
  }
  if (!hasRole(actor, role)) {
    const where = offer.kind === "step" ? `Langkah ${offer.step.no} (${offer.step.activity})` : `Tindakan "${ACTION_LABELS[action]}"`;
    return `${where} hanya dapat dilakukan oleh ${roleLabel}; Anda tidak memegang peran tersebut.`;
  }
  if (role === APPLICANT_ROLE) {
    if (state.applicantId !== null && state.applicantId !== actor.id) {
      return "Hanya pemohon pemilik berkas yang dapat melakukan tindakan ini.";
    }
  } else if (state.applicantId === actor.id) {
    return "Anda tidak dapat memproses permohonan Anda sendiri.";
  }

  const assigned = state.assignees[role];
  if (assigned && assigned.length > 0 && !assigned.includes(actor.id)) {
    return `Anda tidak ditugaskan sebagai ${roleLabel} untuk berkas ini.`;
  }

  const chain = offer.kind === "step" ? offer.step.markers?.signatureChain : undefined;
  const earlierRole = chain === undefined ? undefined : state.chainActors[chain]?.[actor.id];
  if (chain !== undefined && earlierRole !== undefined && earlierRole !== role) {
    return (
      `Prinsip empat mata: Anda sudah bertindak sebagai ${ROLE_LABELS[earlierRole]} dalam rangkaian paraf/tanda tangan ` +
      `"${chain}" berkas ini, sehingga tidak dapat bertindak lagi sebagai ${roleLabel}.`
    );
  }
  return null;
}
