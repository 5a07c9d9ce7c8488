import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TSX = path.resolve(PACKAGE_DIR, "../../node_modules/.bin/tsx");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `src/cli/<name>.ts` as `npm run db:<name>` would, with the given settings over the test's. */
export function runCli(name: "backup" | "restore", args: string[], env: Record<string, string>): Promise<CliRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, STORAGE_DRIVER: "local", ...env };
  return new Promise((resolve) => {
    execFile(TSX, [path.join("src", "cli", `${name}.ts`), ...args], { cwd: PACKAGE_DIR, env: childEnv, timeout: 180_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
