import pg from "pg";

/** Postgres' internal single-byte `"char"` type (pg_class.relkind, pg_constraint.contype, …). */
const CHAR_OID = 18;
const TEXT_OID = 25;

type Callback = (error: Error | null, result?: unknown) => void;

function reportCharAsText(result: unknown): unknown {
  // A multi-statement simple query resolves to one Result per statement.
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as pg.QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * A pg Client whose results describe `"char"` (OID 18) columns as text (OID 25).
 *
 * Why: @prisma/adapter-pg maps column OIDs to Prisma column types and throws
 * UnsupportedNativeDataType for OID 18. The schema engine's introspection of a live PostgreSQL
 * (used by the drift check) selects such catalog columns, so without this every diff against
 * the database fails with "Column type 'char' could not be deserialized". The values themselves
 * arrive as one-character strings in text format, exactly what a text column would carry, so
 * only the type id needs to change. Doing it at the pg level (public API: the `Client` option of
 * pg.Pool) rather than inside the adapter keeps us off adapter-pg's private internals.
 */
export class CharAsTextClient extends pg.Client {
  // pg-pool calls query(config, values, callback); adapter-pg's transactions await query(config).
  override query(...args: unknown[]): never {
    const superQuery = super.query as (...a: unknown[]) => unknown;
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof first?.submit === "function") return superQuery.apply(this, args) as never;

    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as Callback;
      const wrapped: Callback = (error, result) => callback(error, error ? result : reportCharAsText(result));
      return superQuery.apply(this, [...args.slice(0, -1), wrapped]) as never;
    }
    return (superQuery.apply(this, args) as Promise<unknown>).then(reportCharAsText) as never;
  }
}
