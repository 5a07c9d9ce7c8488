/**
 * Runs the embedded database: one process owns the PGlite directory and serves it over the
 * PostgreSQL wire protocol. Prints `READY <url>` when it accepts connections. Stops cleanly on
 * SIGINT/SIGTERM (PGlite is closed so the directory is never left half-written).
 *
 *   tsx src/cli/embedded-server.ts [--port 54329] [--dir .data/pglite]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { pgliteDir } from "../config";
import { DataDirInUseError, startEmbeddedServer } from "../embedded";

const { values } = parseArgs({ options: { port: { type: "string" }, dir: { type: "string" } } });
const dir = path.resolve(values.dir ?? pgliteDir());
const port = Number(values.port ?? process.env.PGLITE_PORT ?? 54329);

let server;
try {
  server = await startEmbeddedServer({ dataDir: dir, port });
} catch (error) {
  if (error instanceof DataDirInUseError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(`Port ${port} sudah dipakai. Atur PGLITE_PORT ke port lain.`);
  } else console.error(error);
  process.exit(1);
}
console.log(`READY ${server.url}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`Basis data tertanam ditutup (${signal}).`);
  await server!.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
