/**
 * Runs the embedded PostgreSQL server on DATA_DIR and supervises it: prints `READY <port>` once it
 * accepts connections (the password stays in DATA_DIR/db-password, never on a terminal), stops it
 * with a fast shutdown on SIGINT/SIGTERM, and exits when the server does.
 *
 *   tsx src/cli/embedded-server.ts [--port 54329] [--dir DATA_DIR]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { dataDir, embeddedDbPort } from "../config";
import { DataDirInUseError, EmbeddedBinariesMissingError, startEmbeddedServer, type EmbeddedServer } from "../embedded";

const { values } = parseArgs({ options: { port: { type: "string" }, dir: { type: "string" } } });
const dir = path.resolve(values.dir ?? dataDir());
const port = Number(values.port ?? embeddedDbPort() ?? 54329);

let server: EmbeddedServer;
try {
  server = await startEmbeddedServer({ dataDir: dir, port, onLog: (line) => console.log(line) });
} catch (error) {
  const known = error instanceof DataDirInUseError || error instanceof EmbeddedBinariesMissingError;
  console.error(known || !(error instanceof Error) ? String(error instanceof Error ? error.message : error) : error);
  process.exit(1);
}
console.log(`READY ${server.port} ${server.pid}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`Basis data tertanam ditutup (${signal}).`);
  await server.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
void server.exited.then(() => {
  if (stopping) return;
  console.error("PostgreSQL tertanam berhenti tanpa diminta.");
  process.exit(1);
});
