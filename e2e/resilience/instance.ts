import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface InstanceOptions {
  /** Reused across restarts so a restarted instance comes up on the same data. */
  dataDir: string;
  portal: number;
  backoffice: number;
  database: number;
  /** Production check: run on this PostgreSQL instead of the embedded default. */
  databaseUrl?: string;
}

/**
 * The product as a user starts it: `npm start` (scripts/start.mjs, on the existing build) on a data
 * folder of the test's, with its own ports so a developer's running instance is not disturbed.
 */
export class Instance {
  private child: ChildProcess | undefined;
  private output: string[] = [];

  constructor(readonly options: InstanceOptions) {}

  static fresh(ports: { portal: number; backoffice: number; database: number }, databaseUrl?: string): Instance {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-resilience-"));
    return new Instance({ dataDir, ...ports, ...(databaseUrl ? { databaseUrl } : {}) });
  }

  get portalUrl(): string {
    return `http://127.0.0.1:${this.options.portal}`;
  }
  get backofficeUrl(): string {
    return `http://127.0.0.1:${this.options.backoffice}`;
  }

  /** The database URL the apps use: the embedded server's (password from DATA_DIR) or the given one. */
  databaseUrl(): string {
    if (this.options.databaseUrl) return this.options.databaseUrl;
    const password = fs.readFileSync(path.join(this.options.dataDir, "db-password"), "utf8").trim();
    return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${this.options.database}/perizinan?sslmode=disable`;
  }

  async start(): Promise<void> {
    this.output = [];
    const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs"), "--skip-build"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: this.options.dataDir,
        PORTAL_PORT: String(this.options.portal),
        BACKOFFICE_PORT: String(this.options.backoffice),
        EMBEDDED_DB_PORT: String(this.options.database),
        DATABASE_URL: this.options.databaseUrl ?? "",
        NEXTAUTH_SECRET: "resilience-only-secret",
        NODE_ENV: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => this.output.push(...chunk.split("\n").filter(Boolean)));
    }
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (this.output.some((line) => line.includes("Tekan Ctrl-C untuk berhenti"))) {
          clearInterval(timer);
          resolve();
        }
      }, 200);
      child.once("exit", (code) => {
        clearInterval(timer);
        reject(new Error(`npm start berhenti (kode ${code}):\n${this.output.slice(-30).join("\n")}`));
      });
    });
    await ready;
  }

  /** Ctrl-C, as a person stops it. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGINT");
    await exited;
  }

  /** Resolves when `npm start` has ended by itself (after one of its processes died). */
  async exited(timeoutMs = 60_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("npm start tidak berhenti")), timeoutMs);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  log(): string {
    return this.output.join("\n");
  }

  /** The embedded postmaster's pid, from its own pid file. */
  postmasterPid(): number {
    const pointer = path.join(this.options.dataDir, "postgres-location");
    const home = fs.existsSync(pointer) ? fs.readFileSync(pointer, "utf8").trim() : path.join(this.options.dataDir, "postgres");
    return Number(fs.readFileSync(path.join(home, "data", "postmaster.pid"), "utf8").split("\n")[0]);
  }

  /** The pid of the process listening on an app's port (the Next.js server). */
  appPid(app: "portal" | "backoffice"): number {
    const port = this.options[app];
    const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
    const pid = /pid=(\d+)/.exec(out)?.[1];
    if (!pid) throw new Error(`Tidak ada proses yang mendengarkan port ${port}`);
    return Number(pid);
  }

  remove(): void {
    const pointer = path.join(this.options.dataDir, "postgres-location");
    if (fs.existsSync(pointer)) fs.rmSync(fs.readFileSync(pointer, "utf8").trim(), { recursive: true, force: true });
    fs.rmSync(this.options.dataDir, { recursive: true, force: true });
  }
}
