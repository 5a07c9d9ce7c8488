import { randomBytes } from "node:crypto";
import pg from "pg";
import { testDatabaseUrl } from "@perizinan/db/config";

/** A brand-new database on the test server with nothing in it, not even migrations: a restore's target. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = testDatabaseUrl();
  if (!base) throw new Error("TEST_DATABASE_URL belum diatur (global setup uji integrasi).");
  const name = `perizinan_restore_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await withClient(base, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(base, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

export interface Fingerprint {
  /** Per table: row count and an MD5 over every row's text, in a fixed order. */
  tables: Record<string, { rows: number; md5: string }>;
  sequences: Record<string, string>;
}

/** Everything a restore must reproduce, comparable with toEqual: any changed, added or lost row shows. */
export async function fingerprint(url: string): Promise<Fingerprint> {
  return withClient(url, async (client) => {
    const tables: Fingerprint["tables"] = {};
    const { rows: names } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    for (const { name } of names) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5 FROM public."${name}" t`,
      );
      tables[name] = rows[0]!;
    }
    const sequences: Fingerprint["sequences"] = {};
    const { rows: seqs } = await client.query<{ name: string }>("SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1");
    for (const { name } of seqs) {
      const { rows } = await client.query<{ state: string }>(`SELECT last_value || '/' || is_called AS state FROM public."${name}"`);
      sequences[name] = rows[0]!.state;
    }
    return { tables, sequences };
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
