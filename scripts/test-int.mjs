#!/usr/bin/env node
/**
 * Integration suites of every package that has one, one package after another (each suite makes
 * its own fresh database). With TEST_DATABASE_URL set they run on that PostgreSQL server,
 * otherwise on a throw-away embedded PostgreSQL (the default of `npm start`).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bin, log } from "./lib/processes.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const packages = ["packages/storage", "packages/db", "packages/auth", "packages/usecases", "packages/api", "packages/backup", "packages/notify"];
log(process.env.TEST_DATABASE_URL ? "Uji integrasi pada PostgreSQL (TEST_DATABASE_URL)." : "Uji integrasi pada PostgreSQL tertanam (sekali pakai).");
for (const dir of packages) {
  const result = spawnSync(bin("vitest"), ["run", "--config", "vitest.int.config.ts"], {
    cwd: path.join(root, dir),
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
