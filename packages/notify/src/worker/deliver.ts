import { nextAttemptDelay, DEFAULT_RETRY, type RetryPolicy } from "@perizinan/domain";
import type { Db, NotificationChannel } from "@perizinan/db";
import { claimDueNotifications, parkUnconfigured, recordAttempt, type ClaimedNotification } from "@perizinan/db/outbox";
import { isConfigured, type Channel, type ConfiguredChannels, type OutgoingMessage, type SendOutcome, type Unconfigured } from "../channels/types";

export interface DeliveryOptions {
  worker: string;
  batchSize: number;
  leaseMs: number;
  retry?: RetryPolicy;
  now?: () => Date;
  random?: () => number;
}

export interface PassResult {
  claimed: number;
  sent: number;
  failed: number;
  parked: number;
}

/** The body as sent: secrets (a reset link) filled in only here, never in the stored body. */
function messageOf(row: ClaimedNotification): OutgoingMessage {
  let text = row.body;
  for (const [name, value] of Object.entries(row.secrets ?? {})) text = text.split(`{rahasia.${name}}`).join(value);
  return { messageId: row.idempotencyKey, to: row.address ?? "", kind: row.kind, subject: row.subject, text, values: row.values };
}

async function sendSafely(channel: Channel, message: OutgoingMessage): Promise<SendOutcome> {
  if (!message.to) return { ok: false, retryable: false, response: "alamat penerima kosong" };
  try {
    return await channel.send(message);
  } catch (error) {
    // A channel should answer, not throw; if it throws anyway, the message is retried, never lost.
    return { ok: false, retryable: true, response: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * One pass of the worker: park what waits for an unconfigured channel, claim a batch of due
 * messages, send each outside any transaction, and record each attempt with its server's answer
 * and, on a failure, the next attempt's time (exponential backoff) or giving up.
 */
export async function deliverDue(db: Db, channels: ConfiguredChannels, options: DeliveryOptions): Promise<PassResult> {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const retry = options.retry ?? DEFAULT_RETRY;
  let parked = 0;
  const ready: NotificationChannel[] = [];
  for (const [name, channel] of Object.entries(channels) as [NotificationChannel, Channel | Unconfigured][]) {
    if (isConfigured(channel)) ready.push(name);
    else parked += await parkUnconfigured(db, name, channel.unconfigured, now());
  }
  const batch = await claimDueNotifications(db, { worker: options.worker, channels: ready, now: now(), limit: options.batchSize, leaseMs: options.leaseMs });
  let sent = 0;
  let failed = 0;
  for (const row of batch) {
    const channel = channels[row.channel as "EMAIL" | "WHATSAPP"] as Channel;
    const started = now();
    const outcome = await sendSafely(channel, messageOf(row));
    const at = now();
    const delay = outcome.ok || !outcome.retryable ? null : nextAttemptDelay(retry, row.attempts + 1, random());
    await recordAttempt(db, {
      id: row.id,
      worker: options.worker,
      at,
      ok: outcome.ok,
      response: outcome.response,
      durationMs: Math.max(0, at.getTime() - started.getTime()),
      retryAt: delay === null ? null : new Date(at.getTime() + delay),
    });
    if (outcome.ok) sent++;
    else failed++;
  }
  return { claimed: batch.length, sent, failed, parked };
}
