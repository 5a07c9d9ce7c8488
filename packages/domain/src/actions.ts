export const ACTION_NAMES = [
  "COMPLETE",
  "RETURN",
  "RESUBMIT",
  "APPROVE",
  /** A decision that approves subject to conditions, given as the action's reasons and printed on the permit. */
  "APPROVE_WITH_CONDITIONS",
  "REJECT",
  "WITHDRAW",
  "RECORD_RECEIPT",
  "REVOKE",
] as const;

export type ActionName = (typeof ACTION_NAMES)[number];

export const ACTION_LABELS: Record<ActionName, string> = {
  COMPLETE: "Selesaikan",
  RETURN: "Kembalikan ke Pemohon",
  RESUBMIT: "Ajukan Ulang",
  APPROVE: "Setujui",
  APPROVE_WITH_CONDITIONS: "Setujui dengan Syarat",
  REJECT: "Tolak",
  WITHDRAW: "Tarik Permohonan",
  RECORD_RECEIPT: "Catat Penerimaan di Loket",
  REVOKE: "Cabut Izin",
};

/** Actions an SOP step may offer; the others belong to the file as a whole (see SopDefinition). */
export const STEP_ACTION_NAMES = ["COMPLETE", "RETURN", "APPROVE", "APPROVE_WITH_CONDITIONS", "REJECT", "RECORD_RECEIPT"] as const;
export type StepActionName = (typeof STEP_ACTION_NAMES)[number];

export const FILE_ACTION_NAMES = ["RESUBMIT", "WITHDRAW", "REVOKE"] as const;
export type FileActionName = (typeof FILE_ACTION_NAMES)[number];

export function isStepActionName(action: ActionName): action is StepActionName {
  return (STEP_ACTION_NAMES as readonly string[]).includes(action);
}

export function isActionName(value: unknown): value is ActionName {
  return typeof value === "string" && (ACTION_NAMES as readonly string[]).includes(value);
}
