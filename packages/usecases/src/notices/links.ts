import { backofficeUrl, portalUrl } from "../config";

/**
 * Where a notice leads. Applicants: the tracking page with the number filled in (the NIK digits
 * are still asked for: the link alone shows nothing), their file page to fix a return, their
 * Pemberitahuan list. Staff: the file in the back office.
 */
export const noticeLinks = {
  tracking: (registrationNumber: string | null) =>
    registrationNumber ? `${portalUrl()}/lacak?nomor=${encodeURIComponent(registrationNumber)}` : `${portalUrl()}/lacak`,
  applicantFile: (fileId: string) => `${portalUrl()}/permohonan/${encodeURIComponent(fileId)}`,
  applicantNotices: () => `${portalUrl()}/pemberitahuan`,
  staffFile: (fileId: string) => `${backofficeUrl()}/berkas/${encodeURIComponent(fileId)}`,
  staffNotices: () => `${backofficeUrl()}/pemberitahuan`,
  staffInbox: () => `${backofficeUrl()}/`,
  dashboard: () => `${backofficeUrl()}/dasbor`,
};
