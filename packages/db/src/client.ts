import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./config";

export type Db = InstanceType<typeof PrismaClient>;

/**
 * A Prisma client over node-postgres. The same code path serves a real PostgreSQL and the
 * embedded PGlite (served over the wire protocol by pglite-socket), so there is one dialect and
 * one driver to reason about.
 */
export function createDb(connectionString: string, options: { maxConnections?: number } = {}): Db {
  const adapter = new PrismaPg({
    connectionString,
    max: options.maxConnections ?? 5,
    // PGlite serves statements one at a time; a long queue must wait rather than fail.
    connectionTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
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
