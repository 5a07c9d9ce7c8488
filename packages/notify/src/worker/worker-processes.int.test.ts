import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { enqueueNotifications, type NewNotification } from "@perizinan/db/outbox";
import { createTestDatabase, type TestDatabase } from "@perizinan/db/test-harness";
import { emailMessageId } from "../channels/email";
import { startSmtpSink } from "../testing/smtp-sink";

/**
 * The worker as it runs in production: `npm run worker` processes on the same database, killed
 * with SIGKILL when the test says so. What counts is what the SMTP server received.
 */
const FROM = "DPMPTSP <noreply@kantor.contoh.id>";
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let t: TestDatabase;
let recipientId: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  recipientId = (await t.db.user.findFirstOrThrow({ where: { email: "sari.manik@contoh.id" } })).id;
});
afterAll(async () => {
  for (const c of children) c.kill("SIGKILL");
  await t?.close();
});
beforeEach(async () => {
  await t.db.notification.deleteMany();
});

async function queueMany(n: number, prefix: string) {
  const rows: NewNotification[] = Array.from({ length: n }, (_, i) => ({
    idempotencyKey: `${prefix}:${i}|${recipientId}|EMAIL`,
    officeId: null,
    applicationId: null,
    recipientId,
    channel: "EMAIL",
    kind: "NEW_WORK",
    address: `petugas${i}@kantor.contoh.id`,
    subject: `Pesan ${i}`,
    body: `Isi pesan ${i}`,
    link: null,
    values: {},
  }));
  await t.db.$transaction((tx) => enqueueNotifications(tx, rows, new Date(Date.now() - 1000)));
}

function startWorker(smtpUrl: string, extra: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/worker.ts"], {
    cwd: packageDir,
    env: { ...process.env, DATABASE_URL: t.url, SMTP_URL: smtpUrl, MAIL_FROM: FROM, NOTIFY_POLL_MS: "100", NOTIFY_BATCH: "25", ...extra },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let err = "";
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (c: Buffer) => {
      if (c.toString().includes("READY")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`pekerja berhenti (kode ${code}): ${err}`)));
  });
}

// The seeded office's demo files are late, so each worker's clock sweep writes notices of its own beside the test's.
const sentOf = (prefix: string) => t.db.notification.count({ where: { status: "SENT", idempotencyKey: { startsWith: `${prefix}:` } } });

async function until(check: () => Promise<boolean>, timeoutMs = 120_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("waktu habis menunggu");
    await new Promise((r) => setTimeout(r, 200));
  }
}

const stop = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : (c.once("exit", () => resolve()), c.kill("SIGTERM"))));

describe("worker processes on PostgreSQL", () => {
  it("two workers deliver 1,000 queued messages: none missing, none twice", async () => {
    const sink = await startSmtpSink();
    try {
      await queueMany(1000, "seribu");
      const workers = await Promise.all([startWorker(sink.url), startWorker(sink.url)]);
      await until(async () => (await sentOf("seribu")) === 1000);
      await Promise.all(workers.map(stop));
      const keys = sink.received.map((m) => m.key).filter((k) => k.startsWith("seribu:"));
      expect(keys).toHaveLength(1000);
      expect(new Set(keys).size).toBe(1000);
      // Both took part: SKIP LOCKED let them share the queue instead of waiting on each other.
      const ours = { notification: { idempotencyKey: { startsWith: "seribu:" } } };
      const byWorker = await t.db.notificationAttempt.groupBy({ by: ["worker"], where: ours, _count: true });
      expect(byWorker).toHaveLength(2);
      expect(await t.db.notificationAttempt.count({ where: ours })).toBe(1000);
    } finally {
      await sink.close();
    }
  });

  it("a worker killed mid-batch: every message is delivered, a duplicate only with the same message id", async () => {
    let killed = false;
    let first: ChildProcess | null = null;
    const sink = await startSmtpSink(async (n) => {
      if (n === 10 && first && !killed) {
        killed = true;
        // Killed while the server holds the 10th message's DATA unanswered: the worker never learns it went.
        first.kill("SIGKILL");
        await new Promise((r) => setTimeout(r, 200));
      }
      return null;
    });
    try {
      await queueMany(40, "bunuh");
      first = await startWorker(sink.url, { NOTIFY_BATCH: "20", NOTIFY_LEASE_MS: "3000" });
      await until(() => Promise.resolve(killed));
      await new Promise<void>((resolve) => (first!.exitCode !== null || first!.signalCode !== null ? resolve() : first!.once("exit", () => resolve())));
      const second = await startWorker(sink.url, { NOTIFY_LEASE_MS: "3000" });
      await until(async () => (await sentOf("bunuh")) === 40);
      await stop(second);
      const received = sink.received.filter((m) => m.key.startsWith("bunuh:"));
      const keys = new Set(received.map((m) => m.key));
      expect(keys.size).toBe(40);
      for (const m of received) expect(m.messageId).toBe(emailMessageId(m.key, FROM));
      const duplicates = received.length - keys.size;
      expect(duplicates).toBeLessThanOrEqual(1);
    } finally {
      await sink.close();
    }
  });
});
