#!/usr/bin/env node
/**
 * `npm test`: type-check, lint, unit tests, integration tests on a fresh embedded database, the
 * build, the stress and crash suites against `npm start` on the build, then the Playwright suite
 * against the built apps on their own throw-away embedded database.
 * Stops at the first failing stage.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bin, log, removeDataDir } from "./lib/processes.mjs";
import { findChromium } from "../e2e/chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
// Tests never touch a configured database: integration suites make their own.
delete env.DATABASE_URL;
delete env.TEST_DATABASE_URL;

const stages = [
  ["Pemeriksaan tipe dan lint", bin("turbo"), ["run", "typecheck", "lint", "--output-logs=errors-only", "--concurrency=2"]],
  ["Uji unit", bin("turbo"), ["run", "test:unit", "--output-logs=new-only", "--concurrency=1"]],
  ["Uji integrasi (basis data tertanam baru)", process.execPath, ["scripts/test-int.mjs"]],
  ["Build aplikasi", bin("turbo"), ["run", "build", "--filter=@perizinan/portal", "--filter=@perizinan/backoffice", "--output-logs=errors-only", "--concurrency=1"]],
  ["Uji ketahanan (200 permintaan serentak, kill -9 basis data dan aplikasi)", bin("vitest"), ["run", "--config", path.join(root, "e2e/vitest.resilience.config.ts"), "--root", path.join(root, "e2e")]],
  ["Uji end-to-end (Playwright, Chromium)", process.execPath, [bin("playwright"), "test", "--config", "e2e/playwright.config.ts"]],
];

// The end-to-end run's own embedded database, removed afterwards whatever the outcome.
const e2eDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-e2e-"));
env.E2E_DATA_DIR = e2eDataDir;
process.on("exit", () => removeDataDir(e2eDataDir));

const browser = findChromium();
if (!browser.ok) {
  console.error(browser.message);
  process.exit(1);
}

const started = Date.now();
for (const [name, command, args] of stages) {
  const t0 = Date.now();
  log(`${name}…`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  if (result.status !== 0) {
    log(`GAGAL: ${name} (${seconds} s).`);
    process.exit(result.status ?? 1);
  }
  log(`OK: ${name} (${seconds} s).`);
}
log(`Semua uji lulus dalam ${((Date.now() - started) / 1000).toFixed(0)} s.`);
