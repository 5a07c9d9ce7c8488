import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb } from "../client";
import { deployMigrations } from "../migrate";
import { seed } from "../seed";

/** The two template databases a test run clones its suites' databases from. */
export interface TestTemplates {
  migrated: string;
  seeded: string;
}

export function databaseUrlFor(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(base: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Migrating (the wasm schema engine) and seeding (argon2 hashes, months of demo history) cost
 * seconds per suite; done once per run into templates, each suite's database is a file copy.
 */
export async function createTemplates(base: string): Promise<TestTemplates> {
  const tag = `${Date.now()}_${randomBytes(3).toString("hex")}`;
  const templates = { migrated: `perizinan_tmpl_${tag}`, seeded: `perizinan_tmpl_seeded_${tag}` };
  await adminQuery(base, `CREATE DATABASE "${templates.migrated}"`);
  await deployMigrations({ kind: "postgres", connectionString: databaseUrlFor(base, templates.migrated) });
  await adminQuery(base, `CREATE DATABASE "${templates.seeded}" TEMPLATE "${templates.migrated}"`);
  const db = createDb(databaseUrlFor(base, templates.seeded), { maxConnections: 4 });
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
  return templates;
}

export async function dropTemplates(base: string, templates: TestTemplates): Promise<void> {
  for (const name of [templates.seeded, templates.migrated]) await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
