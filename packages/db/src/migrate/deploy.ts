import { MIGRATIONS_DIR } from "../config";
import { adapterFactoryFor, type MigrationTarget } from "./adapters";
import { NO_FILTERS, withEngine } from "./engine";
import { readMigrations } from "./files";
import { checkPreconditions } from "./preflight";

export interface MigrationsDirOption {
  migrationsDir?: string;
}

/** Like `prisma migrate deploy`: applies pending migrations and records them in _prisma_migrations. */
export async function deployMigrations(target: MigrationTarget, opts: MigrationsDirOption = {}): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrations(opts.migrationsDir ?? MIGRATIONS_DIR);
  const { factory, close } = adapterFactoryFor(target);
  try {
    await checkPreconditions(factory, migrationsList.migrationDirectories.map((d) => d.path));
    const out = await withEngine(factory, (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }));
    return { applied: out.appliedMigrationNames };
  } finally {
    await close();
  }
}

export interface MigrationStatus {
  pending: string[];
  applied: string[];
  /** Human-readable (Indonesian) descriptions of anything `deploy` cannot simply fix. */
  problems: string[];
}

/** Like `prisma migrate status`. */
export async function migrationStatus(target: MigrationTarget, opts: MigrationsDirOption = {}): Promise<MigrationStatus> {
  const migrationsList = await readMigrations(opts.migrationsDir ?? MIGRATIONS_DIR);
  const { factory, close } = adapterFactoryFor(target);
  try {
    const diagnosis = await withEngine(factory, (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS }),
    );
    const applied = diagnosis.hasMigrationsTable ? await appliedMigrationNames(factory) : [];
    const history = diagnosis.history;
    const pending = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
    const problems = [
      ...diagnosis.failedMigrationNames.map((n) => `Migrasi ${n} gagal diterapkan; perbaiki database lalu tandai selesai/di-rollback`),
      ...diagnosis.editedMigrationNames.map((n) => `Migrasi ${n} sudah diterapkan tetapi migration.sql-nya diubah sesudahnya`),
      ...(history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : []).map(
        (n) => `Migrasi ${n} ada di database tetapi tidak ada di folder migrasi`,
      ),
    ];
    return { pending, applied, problems };
  } finally {
    await close();
  }
}

/** The engine only diagnoses differences, so the applied list is read from the table itself. */
async function appliedMigrationNames(factory: ReturnType<typeof adapterFactoryFor>["factory"]): Promise<string[]> {
  const adapter = await factory.connect();
  try {
    const result = await adapter.queryRaw({
      sql: `SELECT migration_name FROM "_prisma_migrations"
            WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
            ORDER BY started_at, migration_name`,
      args: [],
      argTypes: [],
    });
    return result.rows.map((row) => String(row[0]));
  } finally {
    await adapter.dispose();
  }
}
