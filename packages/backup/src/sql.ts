import type pg from "pg";

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(name: string): string {
  return `public.${quoteIdent(name)}`;
}

/**
 * COPY writes dates and intervals as the session's styles say; fixing them on both sides keeps a
 * backup loadable on a server configured differently from the one it came from. The search path
 * makes the migrations' unqualified names land in public, as they did when first applied.
 */
export async function setSessionForCopy(client: pg.ClientBase): Promise<void> {
  for (const setting of [
    "SET LOCAL DateStyle = 'ISO, YMD'",
    "SET LOCAL IntervalStyle = 'postgres'",
    "SET LOCAL TimeZone = 'UTC'",
    "SET LOCAL client_encoding = 'UTF8'",
    "SET LOCAL search_path = public",
  ]) {
    await client.query(setting);
  }
}

export interface TableShape {
  name: string;
  /** In column order; generated columns left out (COPY cannot load them, they are recomputed). */
  columns: string[];
}

/** Every ordinary table of the public schema, by name. */
export async function publicTables(client: pg.ClientBase): Promise<TableShape[]> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname AS "table",
            array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      GROUP BY c.relname
      ORDER BY c.relname COLLATE "C"`,
  );
  return rows.map((r) => ({ name: r.table, columns: r.columns ?? [] }));
}

export async function publicSequences(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname COLLATE "C"`,
  );
  return rows.map((r) => r.name);
}

/** Foreign keys between public tables: `table` references `references`. */
export async function publicForeignKeys(client: pg.ClientBase): Promise<{ table: string; references: string }[]> {
  const { rows } = await client.query<{ table: string; references: string }>(
    `SELECT DISTINCT src.relname AS "table", dst.relname AS "references"
       FROM pg_constraint k
       JOIN pg_class src ON src.oid = k.conrelid
       JOIN pg_class dst ON dst.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  return rows;
}
