import { ColumnTypeEnum, type SqlDriverAdapter, type SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";

/**
 * PostgreSQL's internal one-byte `"char"` type (pg_class.relkind, pg_constraint.contype, …).
 *
 * The schema engine's introspection of a live database (the drift check) selects such catalog
 * columns and reads them as Prisma's `Character` column type. @prisma/adapter-pg cannot map
 * OID 18 at all: it throws UnsupportedNativeDataType ("Column type 'char' could not be
 * deserialized"). Reporting the column as text is not enough either: the engine then panics
 * ("Getting constraint_type … as char failed") on PostgreSQL 18 — which is what PGlite is —
 * where NOT NULL constraints appear in pg_constraint. So two small steps:
 *  1. CharColumnsClient (a pg Client, plugged in through pg.Pool's public `Client` option)
 *     relabels OID 18 fields as text so adapter-pg accepts the result, and remembers which
 *     columns they were, keyed by the result's `rows` array;
 *  2. reportCharColumns() wraps the adapter's queryRaw to mark exactly those columns as
 *     `Character` — what pglite-prisma-adapter reports for the same columns in-process.
 * The values need no conversion: in text format a "char" arrives as a one-character string.
 */
const CHAR_OID = 18;
const TEXT_OID = 25;

/** Which column indexes of a result were `"char"`; adapter-pg passes `rows` through unchanged. */
const charColumns = new WeakMap<unknown[], number[]>();

function relabelCharFields(result: unknown): unknown {
  // A multi-statement simple query resolves to one Result per statement.
  for (const one of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (one ?? {}) as Partial<pg.QueryResult>;
    const indexes = (fields ?? []).flatMap((field, i) => (field.dataTypeID === CHAR_OID ? [i] : []));
    if (indexes.length === 0 || !rows) continue;
    for (const i of indexes) fields![i]!.dataTypeID = TEXT_OID;
    charColumns.set(rows, indexes);
  }
  return result;
}

type Callback = (error: Error | null, result?: unknown) => void;

export class CharColumnsClient extends pg.Client {
  // pg-pool calls query(config, values, callback); adapter-pg's transactions await query(config).
  override query(...args: unknown[]): never {
    const superQuery = super.query.bind(this) as (...a: unknown[]) => unknown;
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof first?.submit === "function") return superQuery(...args) as never;

    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as Callback;
      const wrapped: Callback = (error, result) => callback(error, error ? result : relabelCharFields(result));
      return superQuery(...args.slice(0, -1), wrapped) as never;
    }
    return (superQuery(...args) as Promise<unknown>).then(relabelCharFields) as never;
  }
}

function markCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/** Step 2 above, for the adapter and every transaction it starts. Needs a CharColumnsClient pool. */
export function reportCharColumns(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => markCharColumns(await startTransaction(isolationLevel));
  return markCharColumns(adapter);
}
