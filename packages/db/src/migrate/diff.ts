import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SchemaContainer } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "../config";
import { adapterFactoryFor, type MigrationTarget } from "./adapters";
import { NO_FILTERS, withEngine, type SchemaEngine } from "./engine";
import { migrationDirName, readMigrations, readSchemaFiles, writeMigration } from "./files";

export interface SchemaOptions {
  schemaPath?: string;
  migrationsDir?: string;
}

export interface DiffOutcome {
  /** True when the database already matches the schema. */
  ok: boolean;
  /** SQL that would bring the database to the schema; "" when ok. */
  sql: string;
}

/** SQL that turns the database behind `engine` into what the schema describes. */
async function diffToSchema(engine: SchemaEngine, files: SchemaContainer[], configDir: string): Promise<DiffOutcome> {
  const result = await engine.diff({
    from: { tag: "schemaDatasource", files, configDir },
    to: { tag: "schemaDatamodel", files },
    script: true,
    exitCode: true, // 2 = there is a difference
    filters: NO_FILTERS,
  });
  return result.exitCode === 0 ? { ok: true, sql: "" } : { ok: false, sql: result.stdout ?? "" };
}

/**
 * Diff of "all migrations applied" against the schema. The migrations are replayed on a fresh
 * in-memory PGlite (the shadow database), so neither a server nor the app's data is involved.
 */
async function diffMigrationsToSchema(schemaPath: string, migrationsDir: string) {
  const [files, migrationsList] = await Promise.all([readSchemaFiles(schemaPath), readMigrations(migrationsDir)]);
  const shadow = await PGlite.create();
  try {
    const outcome = await withEngine(adapterFactoryFor({ kind: "pglite", db: shadow }).factory, async (engine) => {
      await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return diffToSchema(engine, files, path.dirname(path.resolve(schemaPath)));
    });
    return { ...outcome, existing: migrationsList.migrationDirectories.map((d) => d.path) };
  } finally {
    await shadow.close();
  }
}

/** Like `prisma migrate dev --create-only`; returns `created: null` when the schema has no changes. */
export async function createMigration(name: string, opts: SchemaOptions = {}): Promise<{ created: string | null; sql: string }> {
  const migrationsDir = opts.migrationsDir ?? MIGRATIONS_DIR;
  migrationDirName(name, []); // throws on an unusable name before any work is done
  const { ok, sql, existing } = await diffMigrationsToSchema(opts.schemaPath ?? SCHEMA_PATH, migrationsDir);
  if (ok) return { created: null, sql: "" };
  const created = migrationDirName(name, existing);
  await writeMigration(migrationsDir, created, sql);
  return { created, sql };
}

/** CI check: fails when the schema has a change no migration covers. */
export async function checkSchemaHasMigrations(opts: SchemaOptions = {}): Promise<DiffOutcome> {
  const { ok, sql } = await diffMigrationsToSchema(opts.schemaPath ?? SCHEMA_PATH, opts.migrationsDir ?? MIGRATIONS_DIR);
  return { ok, sql };
}

/** Schema against the live database: catches hand-made changes and unapplied migrations alike. */
export async function checkDrift(target: MigrationTarget, opts: Pick<SchemaOptions, "schemaPath"> = {}): Promise<DiffOutcome> {
  const schemaPath = opts.schemaPath ?? SCHEMA_PATH;
  const files = await readSchemaFiles(schemaPath);
  const { factory, close } = adapterFactoryFor(target);
  try {
    return await withEngine(factory, (engine) => diffToSchema(engine, files, path.dirname(path.resolve(schemaPath))));
  } finally {
    await close();
  }
}
