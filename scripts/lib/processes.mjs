import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function log(message) {
  console.log(`▸ ${message}`);
}

/** A command installed in the root node_modules/.bin. */
export function bin(name) {
  return path.join(root, "node_modules", ".bin", name);
}

/** SIGTERM a child's whole process group, SIGKILL it if it has not exited in time. */
export function killGroup(child, graceMs = 10_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      try {
        child.kill("SIGTERM");
      } catch {
        /* already gone */
      }
    }
  });
}

export async function waitForUrl(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} tidak menjawab dalam ${Math.round(timeoutMs / 1000)} detik (${lastError}).`);
}

/**
 * Removes a throw-away data folder, and the embedded cluster that root keeps outside it
 * (`postgres-location`, see packages/db/src/embedded/server-user.ts).
 */
export function removeDataDir(dir) {
  const pointer = path.join(dir, "postgres-location");
  if (fs.existsSync(pointer)) fs.rmSync(fs.readFileSync(pointer, "utf8").trim(), { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
}
