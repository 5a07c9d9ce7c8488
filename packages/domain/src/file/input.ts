import { ACTION_LABELS } from "../actions";
import { ROLE_LABELS } from "../roles";
import type { Command } from "./events";
import type { Offer } from "./offers";
import type { FileState } from "./state";

export type CleanInput = { note?: string; reasons?: string[]; assignees?: string[] };
export type InputCheck = { ok: true; input: CleanInput } | { ok: false; message: string };

/** Checks and tidies what the person typed; the messages tell them what to fix. */
export function checkInput(offer: Offer, command: Command, state: FileState, at: Date): InputCheck {
  const refuse = (message: string): InputCheck => ({ ok: false, message });
  const label = ACTION_LABELS[command.action];

  if (!(at instanceof Date) || Number.isNaN(at.getTime())) return refuse("Waktu tindakan tidak sah.");
  if (at.getTime() < state.updatedAt.getTime()) {
    return refuse("Waktu tindakan tidak boleh lebih awal dari tindakan sebelumnya pada berkas ini.");
  }

  const input: CleanInput = {};
  if (command.note !== undefined) {
    if (typeof command.note !== "string") return refuse("Catatan harus berupa teks.");
    const note = command.note.trim();
    if (note.length > 0) input.note = note;
  }

  if (command.reasons !== undefined) {
    const reasons = command.reasons as unknown;
    if (!Array.isArray(reasons) || reasons.some((r) => typeof r !== "string" || r.trim().length === 0)) {
      return refuse("Setiap alasan harus diisi; hapus alasan yang kosong.");
    }
    if (reasons.length > 0) input.reasons = reasons.map((r: string) => r.trim());
  }
  if (offer.requiresReasons && !input.reasons) {
    return refuse(`Alasan wajib diisi untuk tindakan "${label}".`);
  }

  const team = offer.kind === "step" && !("resubmitTo" in offer.stepAction.to) ? offer.step.markers?.assignsTeam : undefined;
  if (command.assignees !== undefined) {
    const assignees = command.assignees as unknown;
    if (team === undefined) return refuse(`Penugasan anggota tidak berlaku untuk tindakan "${label}" pada tahap ini.`);
    if (!Array.isArray(assignees) || assignees.some((a) => typeof a !== "string" || a.trim().length === 0)) {
      return refuse("Setiap anggota yang ditugaskan harus dipilih; hapus isian yang kosong.");
    }
    if (assignees.length > 0) input.assignees = [...new Set(assignees.map((a: string) => a.trim()))];
  }
  if (team !== undefined && !input.assignees) {
    return refuse(`Pilih paling sedikit satu anggota ${ROLE_LABELS[team]} yang ditugaskan untuk berkas ini.`);
  }
  return { ok: true, input };
}
