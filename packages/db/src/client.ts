import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./config";

export type Db = InstanceType<typeof PrismaClient>;

/**
 * A Prisma client over node-postgres. The same code path serves a real PostgreSQL and the
 * embedded PGlite (served over the wire protocol by pglite-socket), so there is one dialect and
 * one driver to reason about.
 */
export function createDb(connectionString: string, options: { maxConnections?: number; onQuery?: (sql: string) => void } = {}): Db {
  const adapter = new PrismaPg({
    connectionString,
    max: options.maxConnections ?? 5,
    // Under a burst, requests wait for a pooled connection rather than fail.
    connectionTimeoutMillis: 30_000,
  });
  if (!options.onQuery) return new PrismaClient({ adapter });
  // Statement counting (tests, the step benchmark): every statement Prisma sends, BEGIN/COMMIT included.
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => options.onQuery!(e.query));
  return client;
}

const globalForDb = globalThis as unknown as { __perizinanDb?: Db };

/**
 * The process-wide client, created on first use — never at import time, because `next build`
 * imports route modules without a database.
 */
export function getDb(): Db {
  if (!globalForDb.__perizinanDb) {
    const url = databaseUrl();
    if (!url) {
      throw new Error(
        "DATABASE_URL belum diatur. Jalankan aplikasi lewat `npm start` (basis data tertanam) " +
          "atau atur DATABASE_URL=postgresql://… untuk PostgreSQL.",
      );
    }
    globalForDb.__perizinanDb = createDb(url);
  }
  return globalForDb.__perizinanDb;
}
