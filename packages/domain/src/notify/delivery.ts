import { NOTICE_KIND_INFO, type NoticeChannel, type NoticeKind } from "./kinds";

/**
 * How often a message is tried before it is given up: with the default schedule the last
 * attempt comes about a day after the first, long enough to ride out a mail server's
 * maintenance, short enough that a "gagal" in the log still means something today.
 */
export interface RetryPolicy {
  maxAttempts: number;
  /** Delay after the first failure; each next one doubles, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 12, firstDelayMs: 60_000, maxDelayMs: 6 * 3_600_000 };

/**
 * When to try again after `attempts` failed attempts, or null to give up. `jitter` in [0, 1)
 * spreads retries of a batch that failed together (up to +25 %); the caller passes Math.random().
 */
export function nextAttemptDelay(policy: RetryPolicy, attempts: number, jitter = 0): number | null {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts harus bilangan bulat ≥ 1, diterima ${attempts}`);
  if (attempts >= policy.maxAttempts) return null;
  const base = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (attempts - 1));
  return Math.round(base * (1 + 0.25 * Math.min(Math.max(jitter, 0), 0.999)));
}

/**
 * The idempotency key of one message: the same (source, recipient, channel) is written once
 * (a unique key in the outbox) and sent with this id on every attempt. `source` names the
 * cause: a file event ("berkas:<id>:<seq>:FILE_RETURNED"), or a clock's tick ("eskalasi:<id>:<seq>:2").
 */
export function idempotencyKey(source: string, recipientId: string, channel: NoticeChannel): string {
  return `${source}|${recipientId}|${channel}`;
}

export interface RecipientChoices {
  kind: "APPLICANT" | "STAFF";
  email: string | null;
  phone: string | null;
  /** Applicants: what they agreed to at registration or in their profile. Staff: email by default. */
  wantsEmail: boolean;
  wantsWhatsApp: boolean;
}

/**
 * The channels a notice travels on for one recipient. In-app always (the bell, the portal's
 * Pemberitahuan). An applicant's own file's decisions cannot be switched off entirely: they go to
 * the account's email even when the applicant chose none. Nothing goes to an address we lack.
 */
export function channelsFor(kind: NoticeKind, r: RecipientChoices): NoticeChannel[] {
  const channels: NoticeChannel[] = ["IN_APP"];
  const decision = r.kind === "APPLICANT" && NOTICE_KIND_INFO[kind].decision;
  if (r.email && (r.wantsEmail || (decision && !r.wantsWhatsApp))) channels.push("EMAIL");
  if (r.phone && r.wantsWhatsApp) channels.push("WHATSAPP");
  return channels;
}

/** An Indonesian mobile number in the form WhatsApp wants (62…), or null when it is none. */
export function whatsAppNumber(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[\s().-]/g, "");
  const m = /^(?:\+?62|0)(8\d{7,12})$/.exec(digits);
  return m ? `62${m[1]}` : null;
}
