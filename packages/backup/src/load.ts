import { createReadStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { RestoreFailedError, RestoreRefusedError } from "./errors";
import { tableFile, type ManifestTable } from "./format";
import { loadOrder } from "./load-order";
import { CREATE_MIGRATIONS_TABLE, PRISMA_MIGRATION_LOCK } from "./migrations";
import { publicForeignKeys, publicTables, qualified, quoteIdent, setSessionForCopy, type TableShape } from "./sql";
import type { VerifiedArchive } from "./verify";

export interface LoadResult {
  tables: number;
  rows: number;
  /** Tables the target had before, dropped by --replace. */
  replacedTables: number;
}

/** The target's tables in the public schema: a restore goes only into an empty one, or with --replace. */
export async function existingTables(databaseUrl: string): Promise<string[]> {
  return withClient(databaseUrl, async (client) => (await publicTables(client)).map((t) => t.name));
}

export function notEmptyProblem(tables: string[]): string {
  const shown = tables.slice(0, 5).join(", ") + (tables.length > 5 ? ", …" : "");
  return `Database tujuan sudah berisi ${tables.length} tabel (${shown}). Jalankan dengan --replace untuk menggantinya seluruhnya dengan isi cadangan.`;
}

/**
 * The whole database in ONE transaction: schema (the backup's migrations), rows, sequences. Any
 * failure rolls it all back, --replace's DROP SCHEMA included, so the target is as it was.
 */
export async function loadDatabase(databaseUrl: string, archive: VerifiedArchive, options: { replace: boolean }): Promise<LoadResult> {
  return withClient(databaseUrl, async (client) => {
    await client.query("BEGIN");
    try {
      const result = await load(client, archive, options);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      if (error instanceof RestoreRefusedError) throw error;
      throw new RestoreFailedError(error instanceof Error ? error.message : String(error), { cause: error });
    }
  });
}

async function load(client: pg.ClientBase, archive: VerifiedArchive, options: { replace: boolean }): Promise<LoadResult> {
  await setSessionForCopy(client);
  await client.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_MIGRATION_LOCK]);
  const existing = await publicTables(client);
  if (existing.length > 0) {
    if (!options.replace) throw new RestoreRefusedError([notEmptyProblem(existing.map((t) => t.name))]);
    await emptyPublicSchema(client);
  }

  for (const migration of archive.migrations) {
    await client.query(migration.sql).catch((error: Error) => {
      throw new Error(`migrasi "${migration.name}": ${error.message}`);
    });
  }
  await client.query(CREATE_MIGRATIONS_TABLE);

  const shapes = await publicTables(client);
  const problems = shapeProblems(archive.manifest.tables, shapes);
  if (problems.length > 0) throw new Error(problems.join("; "));
  // Whatever a data migration inserted is in the backup's rows already.
  await client.query(`TRUNCATE ${shapes.map((s) => qualified(s.name)).join(", ")}`);

  const byName = new Map(archive.manifest.tables.map((t) => [t.name, t]));
  const order = loadOrder(shapes.map((s) => s.name), await publicForeignKeys(client));
  let rows = 0;
  for (const name of order) rows += await loadTable(client, archive.dir, byName.get(name)!);

  for (const sequence of archive.manifest.sequences) {
    await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [qualified(sequence.name), sequence.lastValue, sequence.isCalled]).catch((error: Error) => {
      throw new Error(`sequence "${sequence.name}": ${error.message}`);
    });
  }
  return { tables: order.length, rows, replacedTables: existing.length };
}

/**
 * The prescribed clean slate. PostgreSQL grants PUBLIC the use of its public schema; a schema
 * made anew would not, and other roles of the database (a reporting account) would lose access.
 */
async function emptyPublicSchema(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ usage: boolean }>("SELECT has_schema_privilege('public', 'public', 'USAGE') AS usage");
  await client.query("DROP SCHEMA public CASCADE");
  await client.query("CREATE SCHEMA public");
  if (rows[0]?.usage) await client.query("GRANT USAGE ON SCHEMA public TO PUBLIC");
}

/** The migrations rebuilt the schema the rows were dumped from; anything else would load wrongly. */
function shapeProblems(backup: ManifestTable[], target: TableShape[]): string[] {
  const built = new Map(target.map((t) => [t.name, t]));
  const problems: string[] = [];
  for (const table of backup) {
    const shape = built.get(table.name);
    if (!shape) problems.push(`tabel "${table.name}" dari cadangan tidak dibuat oleh migrasinya`);
    else if ([...shape.columns].sort().join(",") !== [...table.columns].sort().join(",")) {
      problems.push(`kolom tabel "${table.name}" berbeda dengan cadangan (cadangan: ${table.columns.join(", ")}; hasil migrasi: ${shape.columns.join(", ")})`);
    }
  }
  const listed = new Set(backup.map((t) => t.name));
  for (const shape of target) if (!listed.has(shape.name)) problems.push(`tabel "${shape.name}" hasil migrasi tidak ada di cadangan`);
  return problems;
}

async function loadTable(client: pg.ClientBase, dir: string, table: ManifestTable): Promise<number> {
  const sink = client.query(copyFrom(`COPY ${qualified(table.name)} (${table.columns.map(quoteIdent).join(", ")}) FROM STDIN`));
  await pipeline(createReadStream(path.join(dir, tableFile(table.name))), sink).catch((error: Error) => {
    throw new Error(`tabel "${table.name}": ${error.message}`);
  });
  if (sink.rowCount !== table.rows) throw new Error(`tabel "${table.name}": ${sink.rowCount} baris dimuat, manifest mencatat ${table.rows}`);
  return sink.rowCount;
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
