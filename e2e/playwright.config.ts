import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./chromium.mjs";

/**
 * The suite runs against the built apps (`next start`) on a throw-away embedded database, on
 * their own ports so that a running `npm start` is not disturbed.
 */
const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 3100);
const BACKOFFICE_PORT = Number(process.env.E2E_BACKOFFICE_PORT ?? 3101);
// The test mail server (mail-sink.ts): the worker under `npm start` delivers to it.
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
const MAIL_API_PORT = Number(process.env.E2E_MAIL_API_PORT ?? 2526);
process.env.E2E_MAIL_API_PORT = String(MAIL_API_PORT);
const dataDir = process.env.E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-e2e-"));
process.env.E2E_DATA_DIR = dataDir;

const browser = findChromium();
if (!browser.ok) throw new Error(browser.message);

const launchOptions = {
  executablePath: browser.executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};


export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  outputDir: "test-results",
  use: {
    launchOptions,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "ponsel", use: { ...devices["Pixel 7"], launchOptions }, grep: /@ponsel/ },
  ],
  webServer: [
    {
      command: "node --import tsx mail-sink.ts",
      url: `http://127.0.0.1:${MAIL_API_PORT}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { E2E_SMTP_PORT: String(SMTP_PORT), E2E_MAIL_API_PORT: String(MAIL_API_PORT) },
    },
    {
      command: "node ../scripts/start.mjs --skip-build",
      url: `http://127.0.0.1:${BACKOFFICE_PORT}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      env: {
        DATA_DIR: dataDir,
        PORTAL_PORT: String(PORTAL_PORT),
        BACKOFFICE_PORT: String(BACKOFFICE_PORT),
        EMBEDDED_DB_PORT: String(Number(process.env.E2E_DB_PORT ?? 54339)),
        NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
        DATABASE_URL: "",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_FROM: "Layanan Perizinan <noreply@perizinan.contoh.id>",
        NOTIFY_POLL_MS: "300",
      },
    },
  ],
});
