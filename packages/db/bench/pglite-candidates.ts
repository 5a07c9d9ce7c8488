/**
 * The PGlite candidates of ADR 0007, kept to re-measure them (not used by the product):
 *
 *   tsx bench/pglite-candidates.ts as-is       pglite-socket 0.2.17 as wave 1 shipped it
 *   tsx bench/pglite-candidates.ts serialised  the same server, with a queue that gives one
 *                                              connection the backend from its first message
 *                                              until PGlite answers ReadyForQuery "idle"
 *
 * Prints `URL <url>` and serves an in-memory PGlite until Ctrl-C. Point the resilience suite at
 * it: RESILIENCE_DATABASE_URL=<url> npm run test:resilience -w @perizinan/e2e -- stress
 */
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type Item = { handlerId: number; message: Uint8Array; onData: (data: Uint8Array) => void; resolve: (n: number) => void; reject: (e: unknown) => void };

/**
 * Candidate (b): whole message groups and whole transactions of one connection at a time. The
 * as-is queue only keeps a connection's turn while PGlite reports an open transaction, so the
 * Parse/Bind/Execute/Sync of two connections' implicit transactions interleave.
 */
class WholeGroupQueue {
  private waiting: Item[] = [];
  private owner: number | null = null;
  private pumping = false;
  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ handlerId, message, onData, resolve, reject });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const index = this.owner === null ? 0 : this.waiting.findIndex((w) => w.handlerId === this.owner);
        if (index < 0 || this.waiting.length === 0) return;
        const item = this.waiting.splice(index, 1)[0]!;
        this.owner = item.handlerId;
        let tail = new Uint8Array(0);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                const joined = new Uint8Array(tail.length + data.length);
                joined.set(tail);
                joined.set(data, tail.length);
                tail = joined.slice(-6);
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        // ReadyForQuery: 'Z', length 5, status; 'I' = idle, outside any transaction.
        if (tail.length === 6 && tail[0] === 0x5a && tail[4] === 5 && tail[5] === 0x49) this.owner = null;
        item.resolve(bytes);
      }
    } finally {
      this.pumping = false;
    }
  }

  getQueueLength(): number {
    return this.waiting.length;
  }

  clearQueueForHandler(handlerId: number): void {
    for (const w of this.waiting.filter((x) => x.handlerId === handlerId)) w.reject(new Error("Handler disconnected"));
    this.waiting = this.waiting.filter((x) => x.handlerId !== handlerId);
  }

  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    void this.pump();
  }
}

const mode = process.argv[2];
if (mode !== "as-is" && mode !== "serialised") {
  console.error("Pemakaian: tsx bench/pglite-candidates.ts as-is|serialised [port]");
  process.exit(2);
}
const db = await PGlite.create();
const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: Number(process.argv[3] ?? 0), maxConnections: 100 });
if (mode === "serialised") (server as unknown as { queryQueue: WholeGroupQueue }).queryQueue = new WholeGroupQueue(db);
await server.start();
console.log(`URL postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`);
const stop = async () => {
  await server.stop();
  await db.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
