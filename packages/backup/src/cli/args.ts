import path from "node:path";
import { operatorCwd } from "../config";

/**
 * npm runs workspace scripts inside the package's folder; a path the operator typed is relative to
 * where they typed it, which npm passes on as INIT_CWD.
 */
export function operatorPath(file: string): string {
  return path.resolve(operatorCwd(), file);
}

/** Exit code 1 with the message alone: operators read these, not stack traces. */
export function finish(run: Promise<number>, failurePrefix: string): void {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(message.startsWith("Pemulihan") ? message : `${failurePrefix}: ${message}`);
      process.exitCode = 1;
    },
  );
}
