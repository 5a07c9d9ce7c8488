#!/usr/bin/env node
/**
 * `npm start` (and `npm run dev` with --dev): everything a newcomer needs on one line.
 *
 *  1. With no DATABASE_URL, run the embedded PostgreSQL server on DATA_DIR (default .data/):
 *     127.0.0.1 only, a generated password kept in DATA_DIR. Refused when NODE_ENV=production
 *     unless --allow-embedded-db says so: production belongs on a managed PostgreSQL.
 *  2. Apply migrations; seed the demo office on first run.
 *  3. Build both apps (turbo caches it), start them and the notification worker (ADR 0012),
 *     print URLs and demo logins.
 *  4. On Ctrl-C stop the apps and the worker first, then the database (a clean shutdown), no orphans.
 *
 * Environment: DATABASE_URL, DATA_DIR, PORTAL_PORT (3000), BACKOFFICE_PORT (3001),
 * EMBEDDED_DB_PORT (54329), NEXTAUTH_SECRET (generated and kept in DATA_DIR when unset).
 * Flags: --dev (hot reload), --skip-build (use the existing build), --allow-embedded-db.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bin, killGroup, log, waitForUrl } from "./lib/processes.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const skipBuild = process.argv.includes("--skip-build");
const allowEmbeddedInProduction = process.argv.includes("--allow-embedded-db");
const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
const ports = {
  portal: Number(process.env.PORTAL_PORT ?? 3000),
  backoffice: Number(process.env.BACKOFFICE_PORT ?? 3001),
  database: Number(process.env.EMBEDDED_DB_PORT ?? 54329),
};
fs.mkdirSync(dataDir, { recursive: true });

function nextAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "nextauth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

const env = {
  ...process.env,
  // Letters carry QR codes pointing at the public portal.
  PORTAL_URL: process.env.PORTAL_URL ?? `http://localhost:${ports.portal}`,
  // Staff notices link into the back office.
  BACKOFFICE_URL: process.env.BACKOFFICE_URL ?? `http://localhost:${ports.backoffice}`,
  DATA_DIR: dataDir,
  NEXTAUTH_SECRET: nextAuthSecret(),
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
};

const running = [];
let database = null;
let stopping = false;

function start(name, command, args, options = {}) {
  // Each child leads its own process group so that shutdown reaches its grandchildren too.
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true, ...options });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    let partial = "";
    stream.on("data", (chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        child.emit("line", line);
        if (!options.quiet) process.stdout.write(prefix + line + "\n");
      }
    });
  }
  child.on("exit", (code, signal) => {
    if (!stopping && options.critical) {
      log(`${name} berhenti tanpa diminta (kode ${code ?? signal}). Menghentikan semuanya.`);
      void shutdown(1);
    }
  });
  return child;
}

function runToEnd(name, command, args, { echo = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
    running.push(child);
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (c) => {
      out += c;
      if (echo) process.stdout.write(c);
    });
    child.on("exit", (code) => {
      running.splice(running.indexOf(child), 1);
      code === 0 ? resolve(out) : reject(new Error(`${name} gagal (kode ${code}).`));
    });
  });
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log("Menghentikan aplikasi…");
  await Promise.all(running.map((c) => killGroup(c)));
  if (database) {
    log("Menutup basis data tertanam…");
    await killGroup(database, 20_000);
  }
  log("Selesai.");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

/** The server's own log stays quiet unless something is wrong. */
const DB_LOG_WORTH_SHOWING = /FATAL|PANIC|ERROR|recovery|tertanam|dipakai|gagal|Port /;

async function startEmbeddedDatabase() {
  database = start("db", process.execPath, [
    "--import", "tsx", "packages/db/src/cli/embedded-server.ts",
    "--port", String(ports.database), "--dir", dataDir,
  ], { critical: true, quiet: true });
  database.on("line", (line) => {
    if (DB_LOG_WORTH_SHOWING.test(line)) process.stdout.write(`[db] ${line}\n`);
  });
  return new Promise((resolve, reject) => {
    database.on("line", (line) => {
      const m = /^READY (\d+)/.exec(line);
      if (!m) return;
      // The URL is built here from the password file, so the password never passes a terminal.
      const password = fs.readFileSync(path.join(dataDir, "db-password"), "utf8").trim();
      resolve(`postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${m[1]}/perizinan?sslmode=disable`);
    });
    database.on("exit", (code) => reject(new Error(`Basis data tertanam gagal dijalankan (kode ${code}).`)));
  });
}

const EMBEDDED_IN_PRODUCTION = `NODE_ENV=production tetapi DATABASE_URL belum diatur.
  Untuk produksi, pakai server PostgreSQL yang dikelola (dengan cadangan dan pemantauan):
    DATABASE_URL=postgresql://pengguna:katasandi@host:5432/perizinan npm start
  Basis data tertanam hanya untuk mencoba dan mengembangkan. Bila memang itu yang dimaksud,
  jalankan: npm start -- --allow-embedded-db`;

try {
  if (!env.DATABASE_URL) {
    if (process.env.NODE_ENV === "production" && !allowEmbeddedInProduction) {
      console.error(EMBEDDED_IN_PRODUCTION);
      process.exit(1);
    }
    log(`Basis data tertanam (PostgreSQL) di ${path.relative(root, dataDir) || "."}`);
    env.DATABASE_URL = await startEmbeddedDatabase();
  } else {
    log("Memakai PostgreSQL dari DATABASE_URL.");
  }
  await runToEnd("migrasi", process.execPath, ["--import", "tsx", "packages/db/src/cli/migrate.ts", "deploy"]);
  const seedOutput = await runToEnd("seed", process.execPath, ["--import", "tsx", "packages/db/src/cli/seed.ts", "--if-empty", "--print-accounts"], { echo: false });
  log(seedOutput.split("\n")[0] ?? "");

  if (!dev && !skipBuild) {
    log("Membangun aplikasi (hasil build disimpan turbo; kali berikutnya lebih cepat)…");
    await runToEnd("build", bin("turbo"), ["run", "build", "--filter=@perizinan/portal", "--filter=@perizinan/backoffice", "--output-logs=errors-only"]);
  }

  for (const app of ["portal", "backoffice"]) {
    const port = ports[app];
    const child = start(app, bin("next"), [dev ? "dev" : "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: path.join(root, "apps", app),
      env: { ...env, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` },
      critical: true,
      quiet: !dev,
    });
    running.push(child);
  }
  // The outbox worker; without SMTP_URL it keeps messages readable in the log (ADR 0012).
  const worker = start("pemberitahuan", process.execPath, ["--import", "tsx", "packages/notify/src/cli/worker.ts"], { critical: true });
  running.push(worker);
  await Promise.all([
    waitForUrl(`http://127.0.0.1:${ports.portal}/api/health`, 180_000),
    waitForUrl(`http://127.0.0.1:${ports.backoffice}/api/health`, 180_000),
  ]);
  const accounts = seedOutput.slice(seedOutput.indexOf("Akun contoh"));
  console.log(`
==============================================================
 Portal pemohon   : http://localhost:${ports.portal}
 Back office      : http://localhost:${ports.backoffice}
 Basis data       : ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PostgreSQL tertanam, ${dataDir}`}
--------------------------------------------------------------
${accounts.trim()}
==============================================================
 Tekan Ctrl-C untuk berhenti.`);
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  await shutdown(1);
}
