export const ROLES = [
  "PEMOHON",
  "FRONT_OFFICE",
  "KASUBBAG_UMUM",
  "BACK_OFFICE",
  "TIM_TEKNIS",
  "KABID_PELAYANAN",
  "SEKRETARIS",
  "KADIS",
  "ADMIN",
  "AUDITOR",
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  PEMOHON: "Pemohon",
  FRONT_OFFICE: "Penerima Berkas / Front Office",
  KASUBBAG_UMUM: "Kasubbag Umum",
  BACK_OFFICE: "Back Office / Ka Seksi Pelayanan II",
  TIM_TEKNIS: "Tim Teknis",
  KABID_PELAYANAN: "Kabid Pelayanan",
  SEKRETARIS: "Sekretaris",
  KADIS: "Kepala Dinas",
  ADMIN: "Administrator Sistem",
  AUDITOR: "Auditor",
};

/** The person the file belongs to; the machine binds the file to the first one who acts in this role. */
export const APPLICANT_ROLE: Role = "PEMOHON";

export const STAFF_ROLES: Role[] = ROLES.filter((role) => role !== APPLICANT_ROLE);

/** System roles: they configure or inspect, but never move a file (separation of duties). */
export const NON_OPERATIONAL_ROLES: readonly Role[] = ["ADMIN", "AUDITOR"];

export type Actor = { id: string; roles: Role[] };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}
