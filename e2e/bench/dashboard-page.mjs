/**
 * `npm run bench:dashboard` (second half) — how soon is the Kadis's dashboard usable in a real
 * browser on the benchmark's 50,000-file database? Starts the built back office (`next start`)
 * against `perizinan_bench_dashboard` on the DATABASE_URL server, logs in as the benchmark's Kadis
 * in Chromium, and times a cold page load until every section has its data (no "Memuat…" left)
 * and the controls respond. Needs `npm run build` first; on the embedded database it is skipped.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { findChromium } from "../chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PORT = 3201;
const RUNS = Number(process.argv.find((a) => a.startsWith("--page-runs="))?.split("=")[1] ?? 7);

if (!process.env.DATABASE_URL) {
  console.log("\nHalaman: dilewati — pengukuran halaman hanya pada PostgreSQL (DATABASE_URL), pada data uji beban penuh.");
  process.exit(0);
}
const browserPath = findChromium();
if (!browserPath.ok) {
  console.log(`\nHalaman: dilewati — ${browserPath.message}`);
  process.exit(0);
}
const url = new URL(process.env.DATABASE_URL);
url.pathname = "/perizinan_bench_dashboard";
const base = `http://localhost:${PORT}`;

const app = spawn("npx", ["next", "start", "-p", String(PORT)], {
  cwd: path.join(root, "apps/backoffice"),
  env: {
    ...process.env,
    DATABASE_URL: url.toString(),
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "bench-page-")),
    NODE_ENV: "production",
  },
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
});
let appLog = "";
app.stdout.on("data", (d) => (appLog += d));
app.stderr.on("data", (d) => (appLog += d));
const stop = () => {
  try {
    process.kill(-app.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
};

async function waitForApp() {
  for (let i = 0; i < 120; i += 1) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Back office tidak menyala (sudahkah npm run build?):\n${appLog.slice(-2000)}`);
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];

try {
  await waitForApp();
  const browser = await chromium.launch({ executablePath: browserPath.executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  await page.goto(`${base}/masuk`);
  await page.getByLabel("Nama pengguna atau NIP").fill("bench-kadis");
  await page.getByLabel("Kata sandi").fill("BenchDairi2026!");
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("heading", { name: "Kotak Masuk" }).waitFor({ timeout: 60_000 });

  const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(new Date());
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
  const yearAgo = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(Date.now() - 364 * 86_400_000));
  const target = `${base}/dasbor?dari=${yearAgo}&sampai=${today}`;
  const times = [];
  for (let i = 0; i < RUNS + 1; i += 1) {
    const started = Date.now();
    await page.goto(target);
    // Usable: every section has its figures, and the overdue list is there to click.
    await page.getByRole("heading", { name: "Berkas terlambat saat ini", level: 2 }).waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => !document.body.innerText.includes("Memuat"), null, { timeout: 60_000 });
    await page.getByTestId("overdue-table").or(page.getByTestId("overdue-empty")).first().waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Tahun ini" }).isEnabled();
    if (i > 0) times.push(Date.now() - started); // the first load warms the server
  }
  await browser.close();
  console.log(`\nHalaman /dasbor (satu tahun, ${year}), Chromium, ${RUNS} kali: median ${pct(times, 0.5)} ms, p95 ${pct(times, 0.95)} ms, maks ${Math.max(...times)} ms`);
  console.log(pct(times, 0.95) < 2000 ? "Halaman siap dipakai di bawah target 2 detik." : "Halaman di atas target 2 detik.");
} finally {
  stop();
}
