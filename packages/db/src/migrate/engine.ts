import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

/** No externally managed tables or enums in this project. */
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

let loading: Promise<void> | undefined;

/**
 * Instantiates the schema engine's wasm once per process. The package's own entry point does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot load, so we wire the
 * wasm-bindgen glue module to the instance by hand (what a bundler would do).
 */
function loadWasm(): Promise<void> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const glueFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(glueFile), "schema_engine_bg.wasm"));
    const imports = { "./schema_engine_bg.js": withUnrefTimers(bindings as unknown as WebAssembly.ModuleImports) };
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    (bindings as unknown as { __wbg_set_wasm(e: WebAssembly.Exports): void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return loading;
}

/**
 * The engine arms a 10 s timer (a timeout raced against its database calls) per operation and
 * never clears it, so a finished CLI run would linger ~10 s before exiting. Unref'd timers still
 * fire while anything else keeps the process alive — which is the case whenever the engine
 * really waits, since it then waits on a database socket or PGlite's own work.
 */
function withUnrefTimers(glue: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const patched = { ...glue };
  for (const [name, fn] of Object.entries(glue)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof fn !== "function") continue;
    patched[name] = (...args: unknown[]) => {
      const timer = (fn as (...a: unknown[]) => unknown)(...args);
      (timer as { unref?: () => void } | undefined)?.unref?.();
      return timer;
    };
  }
  return patched;
}

/**
 * A Rust panic in the engine reports its message through this global before aborting; without
 * it the real panic is hidden behind "Cannot read properties of undefined (reading 'set_message')".
 */
const panicRegistry = {
  message: undefined as string | undefined,
  set_message(message: string) {
    this.message = message;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

export class MigrationEngineError extends Error {
  override name = "MigrationEngineError";
}

const debugEnabled = /\bmigrate\b|\*/.test(process.env.DEBUG ?? "");

/**
 * Runs `work` with a schema engine connected through `factory`, then frees the engine.
 * Errors are rewritten so the caller sees the database's own message instead of an error id.
 */
export async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = (line: string) => {
    if (debugEnabled) process.stderr.write(`[schema-engine] ${line}`);
  };
  let engine: SchemaEngine | undefined;
  try {
    engine = await bindings.SchemaEngine.new({ datamodels: undefined }, log, adapter);
    return await work(engine);
  } catch (error) {
    throw explain(error, adapter.errorRegistry);
  } finally {
    engine?.free();
  }
}

type Registry = ReturnType<typeof bindMigrationAwareSqlAdapterFactory>["errorRegistry"];

/**
 * Errors thrown inside the driver adapter that are not DriverAdapterErrors reach the engine only
 * as an id ("External error id#3"); the original stays in the adapter's registry. Recover it.
 */
function explain(error: unknown, registry: Registry): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (panicRegistry.message) {
    const panic = panicRegistry.message;
    panicRegistry.message = undefined;
    return new MigrationEngineError(`Schema engine panic: ${panic}`, { cause: error });
  }
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const original = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (original !== undefined) {
    const text = original instanceof Error ? original.message : String(original);
    return new MigrationEngineError(text, { cause: original });
  }
  return new MigrationEngineError(message, { cause: error });
}
