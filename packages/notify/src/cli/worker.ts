/**
 * `npm run worker`: delivers the outbox (and, from the same loop, the scheduler's duties) until
 * SIGTERM or Ctrl-C. `npm start` runs it beside the apps; in production run one or more of these
 * next to them — they share the work through the database (ADR 0012).
 */
import { hostname } from "node:os";
import { createDb, databaseUrl } from "@perizinan/db";
import { channelsFromEnv, isConfigured, workerSettingsFromEnv } from "../config";
import { clockDuties } from "../worker/clock-duties";
import { runWorker } from "../worker/run";

const url = databaseUrl();
if (!url) {
  console.error("DATABASE_URL belum diatur: pekerja pemberitahuan memerlukan basis data (npm start mengaturnya sendiri).");
  process.exit(1);
}
const db = createDb(url, { maxConnections: 3 });
const channels = channelsFromEnv();
const settings = workerSettingsFromEnv();
const worker = `${hostname()}:${process.pid}`;
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort());

const said = (c: (typeof channels)[keyof typeof channels]) => (isConfigured(c) ? c.describe : `tidak aktif (${c.unconfigured})`);
console.log(`[pemberitahuan] pekerja ${worker} berjalan. Email: ${said(channels.EMAIL)}. WhatsApp: ${said(channels.WHATSAPP)}.`);
console.log("READY");

const { sweepMs, ...delivery } = settings;
await runWorker(db, channels, { worker, signal: controller.signal, ...delivery, beforePass: clockDuties(db, { everyMs: sweepMs }) });
await Promise.all(Object.values(channels).map((c) => (isConfigured(c) ? (c.close?.() ?? Promise.resolve()) : Promise.resolve())));
await db.$disconnect();
console.log(`[pemberitahuan] pekerja ${worker} berhenti.`);
