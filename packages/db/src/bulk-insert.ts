import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";

/**
 * A column's SQL type. Enums are written quoted ('"Role"'); "text[]" columns take each row's value
 * as a JSON array of strings (exact for any text, unlike an array literal).
 */
export type ColumnType = "text" | "int" | "boolean" | "timestamp(3)" | "jsonb" | "text[]" | `"${string}"`;

/** Rows per statement: large enough to be fast, small enough to keep each statement's memory sane. */
const BATCH = 20_000;

/** What a column's values are sent as: one Postgres array parameter per column. */
function parameterType(type: ColumnType): string {
  return type === "int" || type === "boolean" || type === "timestamp(3)" ? type : "text";
}

function selectExpression(type: ColumnType, alias: string): string {
  if (type === "text[]") return `ARRAY(SELECT jsonb_array_elements_text(${alias}::jsonb))`;
  return `${alias}::${type}`;
}

/**
 * Many rows in one statement per batch: one array per column, unnested. Prisma's createMany spent
 * seconds on a few thousand rows with array columns; this takes milliseconds. Table and column
 * names come from code, never from input.
 */
export async function insertColumns(
  db: Pick<Db, "$executeRawUnsafe"> | Prisma.TransactionClient,
  table: string,
  columns: ReadonlyArray<readonly [name: string, type: ColumnType]>,
  rows: unknown[][],
): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const params = columns.map(([, type], i) => `$${i + 1}::${parameterType(type)}[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`);
  const selects = columns.map(([, type], i) => selectExpression(type, `u.${aliases[i]}`)).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(${params}) AS u(${aliases.join(", ")})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const chunk = rows.slice(start, start + BATCH);
    await db.$executeRawUnsafe(sql, ...columns.map((_, i) => chunk.map((row) => row[i] ?? null)));
  }
}
