import { defineConfig } from "vitest/config";

// Integration suites: real databases (PGlite, pglite-socket, PostgreSQL) and the wasm schema
// engine — slow to start, so generous timeouts; forks so each file gets its own wasm/PGlite heap.
export default defineConfig({
  test: {
    include: ["src/**/*.int.test.ts"],
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
