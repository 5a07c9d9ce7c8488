import type { NoticeRecipients, RecipientChoices, Role } from "@perizinan/domain";
import { whatsAppNumber } from "@perizinan/domain";
import type { Prisma } from "@perizinan/db";

type Tx = Prisma.TransactionClient;

/** A person a notice goes to, with what they chose. */
export interface Recipient {
  /** Who, in the idempotency key: the user's id, or "instansi:<id>" for an agency's contact. */
  id: string;
  /** The account the notice belongs to; null for an address that is no account (no in-app copy). */
  userId: string | null;
  name: string;
  choices: RecipientChoices;
  /** Staff who take new work in a daily digest rather than one message per file. */
  workDigest: boolean;
}

const SELECT = { id: true, kind: true, name: true, email: true, phone: true, notifyEmail: true, notifyWhatsApp: true, workDigest: true } as const;

function recipientOf(u: { id: string; kind: "APPLICANT" | "STAFF"; name: string; email: string | null; phone: string | null; notifyEmail: boolean; notifyWhatsApp: boolean; workDigest: boolean }): Recipient {
  return {
    id: u.id,
    userId: u.id,
    name: u.name,
    choices: { kind: u.kind, email: u.email, phone: whatsAppNumber(u.phone), wantsEmail: u.notifyEmail, wantsWhatsApp: u.notifyWhatsApp },
    workDigest: u.workDigest,
  };
}

/** Active staff of the office holding `role` (only the named ones when the file names its members). */
export async function staffWithRole(tx: Tx, officeId: string, role: Role, only: readonly string[] | null): Promise<Recipient[]> {
  const users = await tx.user.findMany({
    where: { officeId, kind: "STAFF", active: true, roles: { some: { role } }, ...(only ? { id: { in: [...only] } } : {}) },
    select: SELECT,
    orderBy: { id: "asc" },
  });
  return users.map(recipientOf);
}

/** These members of the office's staff, while active. */
export async function activeStaff(tx: Tx, officeId: string, ids: readonly string[]): Promise<Recipient[]> {
  const users = await tx.user.findMany({ where: { officeId, kind: "STAFF", active: true, id: { in: [...ids] } }, select: SELECT, orderBy: { id: "asc" } });
  return users.map(recipientOf);
}

/** Who a transition's notice is for. */
export async function resolveRecipients(tx: Tx, file: { officeId: string; applicantId: string }, to: NoticeRecipients): Promise<Recipient[]> {
  if (to.to === "ROLE") return staffWithRole(tx, file.officeId, to.role, to.only);
  const applicant = await tx.user.findUnique({ where: { id: file.applicantId }, select: SELECT });
  return applicant ? [recipientOf(applicant)] : [];
}

/** A technical agency's contact email, told when its team's step is escalated (the SOP's PERINGATAN 2). */
export async function agencyContact(tx: Tx, officeId: string, code: string | null): Promise<Recipient[]> {
  if (!code) return [];
  const agency = await tx.technicalAgency.findUnique({ where: { officeId_code: { officeId, code } }, select: { id: true, name: true, email: true } });
  if (!agency?.email) return [];
  return [
    {
      id: `instansi:${agency.id}`,
      userId: null,
      name: agency.name,
      choices: { kind: "STAFF", email: agency.email, phone: null, wantsEmail: true, wantsWhatsApp: false },
      workDigest: false,
    },
  ];
}
