import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { MIGRATIONS_DIR } from "@perizinan/db/config";
import { MIGRATIONS_TABLE, type ManifestMigration } from "./format";
import { qualified } from "./sql";

export interface ProjectMigration extends ManifestMigration {
  sql: string;
}

/** This checkout's migrations in the order the migration tool applies them (folder name order). */
export async function projectMigrations(migrationsDir = MIGRATIONS_DIR): Promise<ProjectMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, checksum: sha256(sql), sql };
    }),
  );
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Prisma accepts a checkout whose line endings git turned into CRLF (or back); so do we. */
function sameScript(checksum: string, sql: string): boolean {
  return [sql, sql.replace(/\r\n/g, "\n"), sql.replace(/\r?\n/g, "\r\n")].some((variant) => sha256(variant) === checksum);
}

/**
 * What stops a backup's migrations from being replayed by this checkout: each must be the
 * project's migration at the same position, with the same SQL. Empty when they are a prefix.
 */
export function migrationProblems(backup: ManifestMigration[], project: ProjectMigration[]): string[] {
  const problems: string[] = [];
  const projectNames = new Set(project.map((m) => m.name));
  backup.forEach((migration, i) => {
    const here = project[i];
    if (!projectNames.has(migration.name)) {
      problems.push(
        `Migrasi "${migration.name}" dari cadangan tidak ada di versi aplikasi ini: cadangan berasal dari versi yang lebih baru atau dari sistem lain.`,
      );
    } else if (here?.name !== migration.name) {
      problems.push(`Urutan migrasi cadangan berbeda dengan versi ini: urutan ke-${i + 1} di cadangan "${migration.name}", di versi ini "${here?.name ?? "(tidak ada)"}".`);
    } else if (!sameScript(migration.checksum, here.sql)) {
      problems.push(`Migrasi "${migration.name}" di cadangan berbeda isinya (checksum) dengan migrasi bernama sama di versi ini.`);
    }
  });
  return problems;
}

/** The migrations the database has fully applied, as Prisma records them, in application order. */
export async function appliedMigrations(client: pg.ClientBase): Promise<ManifestMigration[]> {
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM ${qualified(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY started_at, migration_name`,
  );
  return rows;
}

/**
 * Prisma's bookkeeping table exactly as its schema engine creates it: no migration creates it,
 * and its rows must be restored with the data so that `deployMigrations` sees what was applied.
 */
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE ${qualified(MIGRATIONS_TABLE)} (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The advisory lock Prisma's schema engine holds while it migrates: a restore and a deploy never overlap. */
export const PRISMA_MIGRATION_LOCK = 72707369;
