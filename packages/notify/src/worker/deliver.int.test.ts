import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { enqueueNotifications, requeueNotifications, type NewNotification } from "@perizinan/db/outbox";
import { createTestDatabase, type TestDatabase } from "@perizinan/db/test-harness";
import { emailMessageId, smtpChannel } from "../channels/email";
import { startSmtpSink } from "../testing/smtp-sink";
import type { ConfiguredChannels } from "../channels/types";
import { deliverDue } from "./deliver";

const FROM = "DPMPTSP <noreply@kantor.contoh.id>";
let t: TestDatabase;
let recipientId: string;
let officeId: string;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  const u = await t.db.user.findFirstOrThrow({ where: { email: "sari.manik@contoh.id" } });
  recipientId = u.id;
  officeId = (await t.db.office.findFirstOrThrow()).id;
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.notification.deleteMany();
});

function message(i: number, over: Partial<NewNotification> = {}): NewNotification {
  return {
    idempotencyKey: `uji:${i}|${recipientId}|EMAIL`,
    officeId,
    applicationId: null,
    recipientId,
    channel: "EMAIL",
    kind: "FILE_RETURNED",
    address: `pemohon${i}@contoh.id`,
    subject: `Berkas PM-${i} dikembalikan untuk diperbaiki`,
    body: `Perbaiki melalui http://localhost:3000/permohonan/f${i}`,
    link: null,
    values: { "berkas.nomorRegistrasi": `PM-${i}` },
    ...over,
  };
}

async function queue(...rows: NewNotification[]) {
  await t.db.$transaction((tx) => enqueueNotifications(tx, rows, new Date()));
}

/** A clock the test moves: each pass may jump past the backoff. */
function clock(start = new Date()) {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const unconfiguredWhatsApp = { name: "WHATSAPP", unconfigured: "WhatsApp belum diatur" } as const;

describe("the worker delivers the outbox over real SMTP", () => {
  it("sends the message with its recipient, subject, body and link, its key as Message-ID, and logs the server's answer", async () => {
    const sink = await startSmtpSink();
    const email = smtpChannel({ url: sink.url, from: FROM });
    try {
      await queue(message(1));
      const r = await deliverDue(t.db, { EMAIL: email, WHATSAPP: unconfiguredWhatsApp }, { worker: "w1", batchSize: 10, leaseMs: 60_000 });
      expect(r).toMatchObject({ claimed: 1, sent: 1, failed: 0 });
      expect(sink.received).toHaveLength(1);
      const mail = sink.received[0]!;
      expect(mail.to).toBe("pemohon1@contoh.id");
      expect(mail.subject).toBe("Berkas PM-1 dikembalikan untuk diperbaiki");
      expect(mail.text).toContain("http://localhost:3000/permohonan/f1");
      expect(mail.messageId).toBe(emailMessageId(`uji:1|${recipientId}|EMAIL`, FROM));
      const row = await t.db.notification.findFirstOrThrow({ include: { deliveryAttempts: true } });
      expect([row.status, row.attempts, row.lockedBy, row.sentAt !== null]).toEqual(["SENT", 1, null, true]);
      expect(row.deliveryAttempts).toHaveLength(1);
      expect(row.deliveryAttempts[0]).toMatchObject({ ok: true, worker: "w1", response: expect.stringMatching(/^250/) });
    } finally {
      await email.close?.();
      await sink.close();
    }
  });

  it("a server refusing for a while, then accepting: retried with backoff and delivered once", async () => {
    const sink = await startSmtpSink((n) => (n <= 3 ? 451 : null));
    const email = smtpChannel({ url: sink.url, from: FROM });
    // A second ahead of the real clock that wrote the row: it is due at the first pass.
    const c = clock(new Date(Date.now() + 1000));
    const channels: ConfiguredChannels = { EMAIL: email, WHATSAPP: unconfiguredWhatsApp };
    try {
      await queue(message(2));
      const first = await deliverDue(t.db, channels, { worker: "w1", batchSize: 10, leaseMs: 60_000, now: c.now, random: () => 0 });
      expect(first).toMatchObject({ claimed: 1, failed: 1 });
      const row = await t.db.notification.findFirstOrThrow();
      expect(row.status).toBe("QUEUED");
      expect(row.lastError).toMatch(/451/);
      // Backoff: one minute after the first failure, so a pass now finds nothing due.
      expect(row.nextAttemptAt.getTime() - c.now().getTime()).toBe(60_000);
      expect((await deliverDue(t.db, channels, { worker: "w1", batchSize: 10, leaseMs: 60_000, now: c.now })).claimed).toBe(0);
      for (let pass = 0; pass < 3; pass++) {
        c.advance(6 * 3_600_000);
        await deliverDue(t.db, channels, { worker: "w1", batchSize: 10, leaseMs: 60_000, now: c.now, random: () => 0 });
      }
      const delivered = await t.db.notification.findFirstOrThrow({ include: { deliveryAttempts: { orderBy: { at: "asc" } } } });
      expect(delivered.status).toBe("SENT");
      expect(delivered.deliveryAttempts.map((a) => a.ok)).toEqual([false, false, false, true]);
      expect(sink.received).toHaveLength(1);
    } finally {
      await email.close?.();
      await sink.close();
    }
  });

  it("a permanent refusal (5xx) is given up at once with the server's answer; an administrator can re-send it", async () => {
    let refuse = true;
    const sink = await startSmtpSink(() => (refuse ? 550 : null));
    const email = smtpChannel({ url: sink.url, from: FROM });
    const channels: ConfiguredChannels = { EMAIL: email, WHATSAPP: unconfiguredWhatsApp };
    try {
      await queue(message(3));
      await deliverDue(t.db, channels, { worker: "w1", batchSize: 10, leaseMs: 60_000 });
      const row = await t.db.notification.findFirstOrThrow();
      expect([row.status, row.attempts]).toEqual(["GAVE_UP", 1]);
      expect(row.lastError).toMatch(/550/);
      refuse = false;
      expect(await requeueNotifications(t.db, officeId, [row.id], new Date())).toBe(1);
      await deliverDue(t.db, channels, { worker: "w1", batchSize: 10, leaseMs: 60_000 });
      expect((await t.db.notification.findFirstOrThrow()).status).toBe("SENT");
      expect(await t.db.notificationAttempt.count({ where: { notificationId: row.id } })).toBe(2);
      expect(sink.received).toHaveLength(1);
    } finally {
      await email.close?.();
      await sink.close();
    }
  });

  it("an unreachable server never loses the message: it stays queued with the error", async () => {
    const sink = await startSmtpSink();
    await sink.close();
    const email = smtpChannel({ url: sink.url, from: FROM });
    try {
      await queue(message(4));
      const r = await deliverDue(t.db, { EMAIL: email, WHATSAPP: unconfiguredWhatsApp }, { worker: "w1", batchSize: 10, leaseMs: 60_000 });
      expect(r.failed).toBe(1);
      const row = await t.db.notification.findFirstOrThrow();
      expect(row.status).toBe("QUEUED");
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await email.close?.();
    }
  });

  it("without SMTP the message waits, readable, as 'belum dikirim: SMTP belum diatur'; re-sent once configured", async () => {
    await queue(message(5));
    const r = await deliverDue(t.db, { EMAIL: { name: "EMAIL", unconfigured: "SMTP belum diatur" }, WHATSAPP: unconfiguredWhatsApp }, { worker: "w1", batchSize: 10, leaseMs: 60_000 });
    expect(r).toMatchObject({ claimed: 0, parked: 1 });
    const row = await t.db.notification.findFirstOrThrow();
    expect([row.status, row.lastError, row.body]).toEqual(["UNCONFIGURED", "belum dikirim: SMTP belum diatur", "Perbaiki melalui http://localhost:3000/permohonan/f5"]);

    const sink = await startSmtpSink();
    const email = smtpChannel({ url: sink.url, from: FROM });
    try {
      await requeueNotifications(t.db, officeId, [row.id], new Date());
      await deliverDue(t.db, { EMAIL: email, WHATSAPP: unconfiguredWhatsApp }, { worker: "w1", batchSize: 10, leaseMs: 60_000 });
      expect(sink.received.map((m) => m.to)).toEqual(["pemohon5@contoh.id"]);
    } finally {
      await email.close?.();
      await sink.close();
    }
  });

  it("a secret is filled in only when sent, never stored in the body, and erased once sent", async () => {
    const sink = await startSmtpSink();
    const email = smtpChannel({ url: sink.url, from: FROM });
    try {
      await queue(message(6, { body: "Atur ulang kata sandi: {rahasia.tautan}", secrets: { tautan: "http://localhost:3000/atur-ulang/RAHASIA123" } }));
      await deliverDue(t.db, { EMAIL: email, WHATSAPP: unconfiguredWhatsApp }, { worker: "w1", batchSize: 10, leaseMs: 60_000 });
      expect(sink.received[0]!.text).toContain("RAHASIA123");
      const row = await t.db.notification.findFirstOrThrow({ include: { deliveryAttempts: true } });
      expect(row.body).toBe("Atur ulang kata sandi: {rahasia.tautan}");
      expect(row.secrets).toBeNull();
      expect(JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain("RAHASIA123");
    } finally {
      await email.close?.();
      await sink.close();
    }
  });

  it("a message a duplicate key would write twice is written once", async () => {
    await queue(message(7));
    await queue(message(7, { subject: "lain" }));
    expect(await t.db.notification.count()).toBe(1);
  });
});
