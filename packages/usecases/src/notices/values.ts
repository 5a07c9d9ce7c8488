import { ROLE_LABELS, type SopStep } from "@perizinan/domain";

/** The office's columns every notice signs with. */
export const OFFICE_FOR_NOTICE = { name: true, phone: true, address: true, timeZone: true } as const;

export function officeValues(office: { name: string; phone: string | null; address: string }): Record<string, string> {
  return { "kantor.nama": office.name, "kantor.telepon": office.phone ?? "", "kantor.alamat": office.address };
}

/** A step as notices name it: "5. Penunjukan tim teknis", and its role's label. */
export function stepValues(step: Pick<SopStep, "no" | "activity" | "role"> | undefined): Record<string, string> {
  return { "berkas.langkah": step ? `${step.no}. ${step.activity}` : "", "berkas.peran": step ? ROLE_LABELS[step.role] : "" };
}
