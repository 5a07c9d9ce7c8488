import type { Db } from "../client";
import { Prisma, type NotificationChannel, type NotificationStatus } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * A secret in a body is written as `{rahasia.<name>}` and its value kept in `secrets`: the log
 * shows the placeholder, the worker fills it in when sending, and the value is erased once the
 * row is final (so a given-up message with a secret cannot be re-sent: its secret is gone).
 */
export const SECRET_PLACEHOLDER_PREFIX = "{rahasia.";

/** One message to write to the outbox (ADR 0012). */
export interface NewNotification {
  idempotencyKey: string;
  officeId: string | null;
  applicationId: string | null;
  /** Null for an address that is no account (an agency's contact). */
  recipientId: string | null;
  channel: NotificationChannel;
  kind: string;
  address: string | null;
  subject: string;
  body: string;
  link: string | null;
  values: Record<string, string>;
  /** Values kept out of the log (filled in only when the message is sent). */
  secrets?: Record<string, string>;
}

/**
 * Writes messages in the caller's transaction, each once: a key already written (the same cause
 * retried, a scheduler tick run twice) is skipped, never an error. In-app messages are delivered
 * by being written, so they are SENT at once.
 */
export async function enqueueNotifications(tx: Tx, rows: readonly NewNotification[], at: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: rows.map((r) => ({
      ...r,
      secrets: r.secrets ?? undefined,
      status: r.channel === "IN_APP" ? "SENT" : "QUEUED",
      sentAt: r.channel === "IN_APP" ? at : null,
      nextAttemptAt: at,
      createdAt: at,
    })),
    skipDuplicates: true,
  });
  return count;
}

/** A row as the worker takes it. */
export interface ClaimedNotification {
  id: string;
  idempotencyKey: string;
  channel: NotificationChannel;
  kind: string;
  address: string | null;
  subject: string;
  body: string;
  values: Record<string, string>;
  secrets: Record<string, string> | null;
  attempts: number;
}

export interface ClaimRequest {
  worker: string;
  channels: readonly NotificationChannel[];
  now: Date;
  limit: number;
  leaseMs: number;
}

/**
 * Takes up to `limit` due messages for this worker: `FOR UPDATE SKIP LOCKED` lets two workers
 * claim at once without waiting for or taking each other's rows, and the lease (lockedUntil)
 * hands a row to another worker only when the one holding it died mid-send — the single case
 * in which a message may go twice, with the same id.
 */
export async function claimDueNotifications(db: Db, req: ClaimRequest): Promise<ClaimedNotification[]> {
  if (req.channels.length === 0) return [];
  const lockedUntil = new Date(req.now.getTime() + req.leaseMs);
  return db.$queryRaw<ClaimedNotification[]>`
    UPDATE "Notification" AS n
       SET "lockedBy" = ${req.worker}, "lockedUntil" = ${lockedUntil}
     WHERE n.id IN (
       SELECT id FROM "Notification"
        WHERE status = 'QUEUED'
          AND channel::text = ANY(${req.channels as string[]})
          AND "nextAttemptAt" <= ${req.now}
          AND ("lockedUntil" IS NULL OR "lockedUntil" < ${req.now})
        ORDER BY "nextAttemptAt"
        LIMIT ${req.limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING n.id, n."idempotencyKey", n.channel, n.kind, n.address, n.subject, n.body, n.values, n.secrets, n.attempts`;
}

export interface AttemptRecord {
  id: string;
  worker: string;
  at: Date;
  ok: boolean;
  response: string;
  durationMs: number;
  /** After a failure: when to try again, or null to give up. */
  retryAt: Date | null;
}

/**
 * Records one attempt and the row's new state, only while this worker still holds the lease:
 * a worker that outlived its lease (another one has the row now) records the attempt in the log
 * but leaves the row to its new holder. Secrets are erased once the row is final.
 */
export async function recordAttempt(db: Db, a: AttemptRecord): Promise<void> {
  const status: NotificationStatus = a.ok ? "SENT" : a.retryAt ? "QUEUED" : "GAVE_UP";
  const final = status !== "QUEUED";
  await db.$transaction(async (tx) => {
    await tx.notificationAttempt.create({ data: { notificationId: a.id, worker: a.worker, at: a.at, ok: a.ok, response: a.response.slice(0, 2000), durationMs: a.durationMs } });
    await tx.notification.updateMany({
      where: { id: a.id, lockedBy: a.worker, status: "QUEUED" },
      data: {
        status,
        attempts: { increment: 1 },
        lockedBy: null,
        lockedUntil: null,
        lastError: a.ok ? null : a.response.slice(0, 2000),
        ...(a.ok ? { sentAt: a.at } : {}),
        ...(a.retryAt ? { nextAttemptAt: a.retryAt } : {}),
        ...(final ? { secrets: Prisma.DbNull } : {}),
      },
    });
  });
}

/** Why a channel's messages wait, as the log shows it. */
export function unconfiguredReason(reason: string): string {
  return `belum dikirim: ${reason}`;
}

/**
 * Parks the due messages of a channel that is not configured, with the reason the log shows;
 * they stay readable, and an administrator re-sends them once the channel is set up.
 */
export async function parkUnconfigured(db: Db, channel: NotificationChannel, reason: string, now: Date): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { channel, status: "QUEUED", nextAttemptAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    data: { status: "UNCONFIGURED", lastError: unconfiguredReason(reason) },
  });
  return count;
}

/**
 * An administrator's re-send of a message that was given up or waited for its channel: queued
 * again now, with a fresh count of attempts (the log keeps the earlier ones). Sent messages are
 * not re-sent — a second copy would carry the same id and be dropped by a careful receiver.
 */
export async function requeueNotifications(db: Db, officeId: string, ids: readonly string[], now: Date): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: {
      id: { in: [...ids] },
      officeId,
      status: { in: ["GAVE_UP", "UNCONFIGURED"] },
      OR: [{ secrets: { not: Prisma.DbNull } }, { NOT: { body: { contains: SECRET_PLACEHOLDER_PREFIX } } }],
    },
    data: { status: "QUEUED", attempts: 0, nextAttemptAt: now, lockedBy: null, lockedUntil: null },
  });
  return count;
}
