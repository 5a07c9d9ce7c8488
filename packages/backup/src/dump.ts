import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { keyForSha256, sha256Hex, type DocumentStorage } from "@perizinan/storage";
import { Meter } from "./digest";
import { BackupError } from "./errors";
import { documentFile, MIGRATIONS_TABLE, tableFile, type Manifest, type ManifestDocument, type ManifestSequence, type ManifestTable } from "./format";
import { appliedMigrations } from "./migrations";
import { publicSequences, publicTables, qualified, quoteIdent, setSessionForCopy, type TableShape } from "./sql";

export type Snapshot = Pick<Manifest, "source" | "migrations" | "tables" | "sequences" | "documents">;

/** Tables whose rows point at stored bytes. */
const DOCUMENT_TABLES = ["Document", "IssuedDocument"];

/**
 * Writes the database and the documents it refers to into `stagingDir`, all read inside one
 * repeatable-read snapshot: the rows, the migrations they were made under and the list of
 * documents belong to the same moment, however busy the office is meanwhile.
 */
export async function dumpSnapshot(client: pg.ClientBase, storage: DocumentStorage, stagingDir: string): Promise<Snapshot> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    await setSessionForCopy(client);
    const shapes = await publicTables(client);
    if (!shapes.some((t) => t.name === MIGRATIONS_TABLE)) {
      throw new BackupError(`Database ini belum dimigrasi (tabel ${MIGRATIONS_TABLE} tidak ada); tidak ada yang dapat dicadangkan.`);
    }
    const { rows: version } = await client.query<{ server_version: string }>("SHOW server_version");
    const migrations = await appliedMigrations(client);
    await mkdir(path.join(stagingDir, "tables"), { recursive: true });
    const tables: ManifestTable[] = [];
    for (const shape of shapes) tables.push(await dumpTable(client, shape, stagingDir));
    const sequences = await readSequences(client);
    const documents = await copyDocuments(client, storage, stagingDir);
    await client.query("COMMIT");
    return { source: { serverVersion: version[0]?.server_version ?? "" }, migrations, tables, sequences, documents };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function dumpTable(client: pg.ClientBase, shape: TableShape, stagingDir: string): Promise<ManifestTable> {
  const columns = shape.columns.map(quoteIdent).join(", ");
  const source = client.query(copyTo(`COPY ${qualified(shape.name)} (${columns}) TO STDOUT`));
  const meter = new Meter();
  await pipeline(source, meter, createWriteStream(path.join(stagingDir, tableFile(shape.name)), { flags: "wx", mode: 0o600 }));
  const measured = meter.result();
  // The restore counts rows as lines; this holds for COPY's text format, and is checked here once.
  if (measured.lines !== source.rowCount) {
    throw new BackupError(`Tabel "${shape.name}": ${source.rowCount} baris dibaca tetapi ${measured.lines} baris tertulis.`);
  }
  return { name: shape.name, columns: shape.columns, rows: measured.lines, sha256: measured.sha256, sizeBytes: measured.sizeBytes };
}

/** Sequences are not transactional: their value may be ahead of the snapshot, which only leaves a gap. */
async function readSequences(client: pg.ClientBase): Promise<ManifestSequence[]> {
  const sequences: ManifestSequence[] = [];
  for (const name of await publicSequences(client)) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${qualified(name)}`);
    const row = rows[0];
    if (row) sequences.push({ name, lastValue: row.last_value, isCalled: row.is_called });
  }
  return sequences;
}

async function copyDocuments(client: pg.ClientBase, storage: DocumentStorage, stagingDir: string): Promise<ManifestDocument[]> {
  const union = DOCUMENT_TABLES.map((t) => `SELECT "storageKey" AS key FROM ${qualified(t)}`).join(" UNION ");
  const { rows } = await client.query<{ key: string }>(`SELECT key FROM (${union}) AS keys ORDER BY key COLLATE "C"`);
  const documents: ManifestDocument[] = [];
  const missing: string[] = [];
  for (const { key } of rows) {
    // A backup that cannot be restored is worse than none: every referenced document must be there.
    const bytes = await storage.get(key).catch((error: unknown) => {
      throw new BackupError(`Dokumen ${key} tidak dapat dibaca dari penyimpanan (${storage.describe()}): ${error instanceof Error ? error.message : String(error)}`);
    });
    if (!bytes) {
      missing.push(key);
      continue;
    }
    const sha256 = sha256Hex(bytes);
    if (keyForSha256(sha256) !== key) {
      throw new BackupError(`Isi dokumen ${key} di penyimpanan tidak cocok dengan SHA-256-nya (rusak atau diubah).`);
    }
    const file = path.join(stagingDir, documentFile(key));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
    documents.push({ key, sha256, sizeBytes: bytes.byteLength });
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join(", ");
    throw new BackupError(
      `${missing.length} dokumen yang dirujuk database tidak ada di penyimpanan (${storage.describe()}): ${shown}${missing.length > 10 ? ", …" : ""}. Cadangan tidak dibuat.`,
    );
  }
  return documents;
}
