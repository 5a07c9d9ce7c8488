/**
 * What the office tells people, and whom. A notice kind is decided by the domain (from a
 * transition, or from the clock); its words are an editable template; its channels follow the
 * recipient's choices. Kinds name events, never a permit type or a step number.
 */
export const NOTICE_KINDS = [
  // The applicant, about their own file.
  "FILE_SUBMITTED",
  "FILE_RETURNED",
  "FILE_RESUBMITTED",
  "FILE_REJECTED",
  "PERMIT_READY",
  "FILE_CLOSED",
  "RETURN_REMINDER",
  "RETURN_ABANDONED",
  // Staff.
  "NEW_WORK",
  "WORK_DIGEST",
  "STEP_AT_RISK",
  "STEP_OVERDUE",
  "ESCALATION",
  "KADIS_DIGEST",
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export type NoticeAudience = "APPLICANT" | "STAFF";

export interface NoticeKindInfo {
  audience: NoticeAudience;
  label: string;
  /**
   * A decision on the applicant's own file: it cannot be switched off entirely (it always reaches
   * the portal's Pemberitahuan and the account's email).
   */
  decision: boolean;
}

export const NOTICE_KIND_INFO: Record<NoticeKind, NoticeKindInfo> = {
  FILE_SUBMITTED: { audience: "APPLICANT", label: "Permohonan diterima sistem", decision: false },
  FILE_RETURNED: { audience: "APPLICANT", label: "Berkas dikembalikan untuk diperbaiki", decision: true },
  FILE_RESUBMITTED: { audience: "APPLICANT", label: "Perbaikan berkas diterima", decision: false },
  FILE_REJECTED: { audience: "APPLICANT", label: "Permohonan ditolak", decision: true },
  PERMIT_READY: { audience: "APPLICANT", label: "Izin terbit dan siap diambil", decision: true },
  FILE_CLOSED: { audience: "APPLICANT", label: "Berkas ditutup", decision: true },
  RETURN_REMINDER: { audience: "APPLICANT", label: "Pengingat batas perbaikan", decision: false },
  RETURN_ABANDONED: { audience: "APPLICANT", label: "Berkas ditutup karena tidak diperbaiki", decision: true },
  NEW_WORK: { audience: "STAFF", label: "Pekerjaan baru", decision: false },
  WORK_DIGEST: { audience: "STAFF", label: "Ringkasan harian pekerjaan baru", decision: false },
  STEP_AT_RISK: { audience: "STAFF", label: "Langkah mendekati batas waktu", decision: false },
  STEP_OVERDUE: { audience: "STAFF", label: "Langkah melewati batas waktu", decision: false },
  ESCALATION: { audience: "STAFF", label: "Eskalasi keterlambatan kepada atasan", decision: false },
  KADIS_DIGEST: { audience: "STAFF", label: "Ringkasan harian berkas terlambat (Kepala Dinas)", decision: false },
};

export function isNoticeKind(value: unknown): value is NoticeKind {
  return typeof value === "string" && (NOTICE_KINDS as readonly string[]).includes(value);
}

/** The ways a notice travels. IN_APP is the bell (staff) and Pemberitahuan (portal): always written. */
export const NOTICE_CHANNELS = ["IN_APP", "EMAIL", "WHATSAPP"] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

export const NOTICE_CHANNEL_LABELS: Record<NoticeChannel, string> = {
  IN_APP: "Di aplikasi",
  EMAIL: "Email",
  WHATSAPP: "WhatsApp",
};
