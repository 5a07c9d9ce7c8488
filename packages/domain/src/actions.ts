export const ACTION_NAMES = [
  "COMPLETE",
  "RETURN",
  "RESUBMIT",
  "APPROVE",
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
  REJECT: "Tolak",
  WITHDRAW: "Tarik Permohonan",
  RECORD_RECEIPT: "Catat Penerimaan di Loket",
  REVOKE: "Cabut Izin",
};

/** Actions an SOP step may offer; the others belong to the file as a whole (see SopDefinition). */
export const STEP_ACTION_NAMES = ["COMPLETE", "RETURN", "APPROVE", "REJECT", "RECORD_RECEIPT"] as const;
export type StepActionName = (typeof STEP_ACTION_NAMES)[number];

export const FILE_ACTION_NAMES = ["RESUBMIT", "WITHDRAW", "REVOKE"] as const;
export type FileActionName = (typeof FILE_ACTION_NAMES)[number];

export function isStepActionName(action: ActionName): action is StepActionName {
  return (STEP_ACTION_NAMES as readonly string[]).includes(action);
}

export function isActionName(value: unknown): value is ActionName {
  return typeof value === "string" && (ACTION_NAMES as readonly string[]).includes(value);
}
