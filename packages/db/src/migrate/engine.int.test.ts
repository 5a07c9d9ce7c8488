import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { MigrationEngineError, withEngine } from "./engine";

// Own file (own fork): after a panic the wasm engine is unusable for the rest of the process.
let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db.close();
});

it("reports the original error of a failing adapter, not the engine's error id", async () => {
  const closed = await PGlite.create();
  await closed.close();
  await expect(withEngine(new PrismaPGlite(closed), (engine) => engine.version())).rejects.toThrow("PGlite is closed");
});

it("turns an engine panic into a rejected call, and refuses further calls instead of hanging", async () => {
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    await expect(withEngine(new PrismaPGlite(db), (engine) => Promise.resolve(engine.debugPanic()))).rejects.toThrow(
      MigrationEngineError,
    );
    expect(stderr).toHaveBeenCalledWith(expect.stringContaining("[schema-engine] panic:"));
    await expect(withEngine(new PrismaPGlite(db), (engine) => engine.version())).rejects.toThrow(/Schema engine panic/);
  } finally {
    stderr.mockRestore();
  }
});
