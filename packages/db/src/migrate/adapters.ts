import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { CharColumnsClient, reportCharColumns } from "./pg-char-columns";

export type MigrationTarget =
  | { kind: "postgres"; connectionString: string }
  | { kind: "pglite"; db: PGlite };

export interface ConnectedFactory {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Releases what was opened for this factory (the pg pool); an in-process PGlite stays open. */
  close: () => Promise<void>;
}

/** Driver adapter factory for a target, with the fixes the schema engine needs (see below). */
export function adapterFactoryFor(target: MigrationTarget): ConnectedFactory {
  if (target.kind === "pglite") {
    const db = target.db;
    return {
      factory: patchAdapters(new PrismaPGlite(db), (adapter) => withScript(adapter, (script) => db.exec(script))),
      close: async () => {},
    };
  }
  // One connection: the engine works sequentially, and pglite-socket serves one by default.
  const pool = new pg.Pool({ connectionString: target.connectionString, max: 1, Client: CharColumnsClient });
  return {
    factory: patchAdapters(new PrismaPg(pool), (adapter) =>
      reportCharColumns(withScript(adapter, (script) => pool.query(script))),
    ),
    close: () => pool.end(),
  };
}

/** Applies `patch` to every adapter the factory hands out (main and shadow connection alike). */
function patchAdapters(
  factory: SqlMigrationAwareDriverAdapterFactory,
  patch: (adapter: SqlDriverAdapter) => SqlDriverAdapter,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

/**
 * Replaces `executeScript`, which the engine uses to run each migration.sql:
 * - adapter-pg splits the script on every ";" — wrong for a ";" inside a string, a comment or a
 *   function body — and runs the pieces as separate implicit transactions;
 * - pglite-prisma-adapter does not await `exec`, so a failing migration would be recorded as
 *   applied and its error lost.
 * Sending the whole script as one simple-protocol query is what Prisma's native engine does: the
 * statements run in one implicit transaction, so a failed migration leaves no half-applied state.
 */
function withScript(adapter: SqlDriverAdapter, runScript: (script: string) => Promise<unknown>): SqlDriverAdapter {
  adapter.executeScript = async (script) => {
    try {
      await runScript(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  };
  return adapter;
}

/** Lets the engine report a failing statement like any other database error (code, detail, hint). */
function toDriverAdapterError(error: unknown): unknown {
  const e = error as Partial<Record<"code" | "severity" | "message" | "detail" | "column" | "hint", string>>;
  if (typeof e?.code !== "string" || typeof e.message !== "string") return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: e.code,
    severity: e.severity ?? "ERROR",
    message: e.message,
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}
