/**
 * ADR 0007: what a long transaction (a step whose letter takes two seconds to render, a holiday
 * re-deriving a month of files) does to everyone else. One connection holds a transaction open
 * for 2 s; meanwhile 20 other connections each run one small query. Prints their latencies.
 *
 *   tsx bench/long-transaction.bench.ts <postgresql-url>
 */
import pg from "pg";

const url = process.argv[2]!;
const holder = new pg.Client({ connectionString: url });
await holder.connect();
// Connected before the transaction begins: under a one-backend server even a new connection's
// start-up waits for an open transaction to end.
const others = await Promise.all(Array.from({ length: 20 }, async () => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}));
await holder.query("BEGIN");
await holder.query("SELECT 1");
const release = new Promise<void>((resolve) => setTimeout(() => void holder.query("COMMIT").then(() => resolve()), 2000));
const t0 = performance.now();
const latencies = await Promise.all(others.map(async (c) => {
  const s = performance.now();
  await c.query("SELECT count(*) FROM pg_class");
  return Math.round(performance.now() - s);
}));
await release;
console.log(JSON.stringify({ heldMs: 2000, otherQueriesMs: { min: Math.min(...latencies), max: Math.max(...latencies) }, wallMs: Math.round(performance.now() - t0) }));
await Promise.all([holder, ...others].map((c) => c.end()));
