import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The operating-system account the server runs under, when it is not the current one. */
export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
}

const SERVER_ACCOUNT = "postgres";

/**
 * PostgreSQL refuses to run as root (it would give every SQL superuser the machine). Started by
 * root — a container, a server's service manager, CI — the server runs as the `postgres` account,
 * created as a system account if the machine has none. Started by anyone else, it runs as them.
 */
export function serverUser(): ServerUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  let ids = lookup();
  if (!ids) {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVER_ACCOUNT], { stdio: "ignore" });
    ids = lookup();
  }
  if (!ids) throw new Error(`Akun sistem "${SERVER_ACCOUNT}" untuk basis data tertanam tidak dapat dibuat.`);
  return { name: SERVER_ACCOUNT, ...ids };
}

function lookup(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", SERVER_ACCOUNT], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", SERVER_ACCOUNT], { encoding: "utf8" }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/** A directory owned by the server account (or the current user) that nobody else may enter. */
export function ownedPrivateDir(dir: string, user: ServerUser | undefined): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  if (user) fs.chownSync(dir, user.uid, user.gid);
}

/**
 * Where the server keeps its files: `<DATA_DIR>/postgres` normally. When root starts it from a
 * folder the server account cannot reach (a repository under /root, a 0700 temporary folder),
 * it lives under /var/lib/perizinan instead, at a place fixed by DATA_DIR's real path so the
 * next start finds the same data; DATA_DIR records that place in `postgres-location`.
 */
export function serverHome(dataDir: string, user: ServerUser | undefined): string {
  const pointer = path.join(dataDir, "postgres-location");
  if (fs.existsSync(pointer)) return fs.readFileSync(pointer, "utf8").trim();
  const inside = path.join(dataDir, "postgres");
  ownedPrivateDir(inside, user);
  if (!user || reachableBy(user, inside)) return inside;

  fs.rmdirSync(inside);
  const id = crypto.createHash("sha256").update(fs.realpathSync(dataDir)).digest("hex").slice(0, 16);
  const outside = path.join("/var/lib/perizinan", id);
  fs.mkdirSync(path.dirname(outside), { recursive: true, mode: 0o755 });
  ownedPrivateDir(outside, user);
  fs.writeFileSync(pointer, `${outside}\n`, { mode: 0o600 });
  return outside;
}

function reachableBy(user: ServerUser, dir: string): boolean {
  return spawnSync("test", ["-w", dir, "-a", "-x", dir], { uid: user.uid, gid: user.gid }).status === 0;
}
