/** The project's own `prisma migrate`: Prisma's wasm schema engine driven through driver adapters. */
export type { MigrationTarget } from "./adapters";
export { targetFromEnv, describeTarget } from "./target";
export { deployMigrations, migrationStatus, type MigrationStatus, type MigrationsDirOption } from "./deploy";
export { createMigration, checkSchemaHasMigrations, checkDrift, type DiffOutcome, type SchemaOptions } from "./diff";
export { MigrationEngineError } from "./engine";
