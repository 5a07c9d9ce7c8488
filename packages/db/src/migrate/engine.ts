import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { schemaEngineDebug } from "../config";

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
    const imports = { "./schema_engine_bg.js": withUnrefTimers(bindings) };
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

/** Operations in flight, told when the engine panics (a panic never settles their promises). */
const onPanic = new Set<(error: Error) => void>();

/**
 * A Rust panic in the engine reports its message through this global, then traps ("unreachable").
 * Without the global the real panic is hidden behind "Cannot read properties of undefined
 * (reading 'set_message')". The trap leaves the wasm instance unusable and the running
 * operation pending forever, so the operations in flight are failed, and so is every later one:
 * re-instantiating is not safe because the glue module caches views of the old wasm memory.
 * The message also goes to stderr at once, because the trap itself usually ends a CLI process
 * as an uncaught exception before any promise handler gets to print it.
 */
let panicError: Error | undefined;
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    process.stderr.write(`[schema-engine] panic: ${message}\n`);
    panicError = new MigrationEngineError(`Schema engine panic: ${message}`);
    for (const fail of onPanic) fail(panicError);
  },
};

export class MigrationEngineError extends Error {
  override name = "MigrationEngineError";
}

const debugEnabled = schemaEngineDebug();

/**
 * Runs `work` with a schema engine connected through `factory`, then frees the engine.
 * Errors are rewritten so the caller sees the database's own message instead of an error id.
 */
export async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  if (panicError) throw panicError;
  await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = (line: string) => {
    if (debugEnabled) process.stderr.write(`[schema-engine] ${line}`);
  };
  let engine: SchemaEngine | undefined;
  let panicked = false;
  let fail!: (error: Error) => void;
  const panic = new Promise<never>((_, reject) => {
    fail = (error) => {
      panicked = true;
      reject(error);
    };
  });
  onPanic.add(fail);
  const run = (async () => {
    engine = await bindings.SchemaEngine.new({ datamodels: undefined }, log, adapter);
    return work(engine);
  })();
  run.catch(() => {}); // after a panic nobody awaits `run` any more
  try {
    return await Promise.race([run, panic]);
  } catch (error) {
    throw panicked ? error : explain(error, adapter.errorRegistry);
  } finally {
    onPanic.delete(fail);
    if (!panicked) engine?.free(); // a trapped instance must not be called again
  }
}

type Registry = ReturnType<typeof bindMigrationAwareSqlAdapterFactory>["errorRegistry"];

/**
 * Errors thrown inside the driver adapter that are not DriverAdapterErrors reach the engine only
 * as an id ("External error id#3"); the original stays in the adapter's registry. Recover it.
 */
function explain(error: unknown, registry: Registry): Error {
  const message = messageOf(error);
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const original = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (original !== undefined) return new MigrationEngineError(messageOf(original), { cause: original });
  return new MigrationEngineError(message, { cause: error });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
