import { defineConfig } from "vitest/config";

// Stress and crash suites against `npm start` on the built apps: one file at a time (each starts
// its own instance on its own ports), long timeouts (an instance takes seconds to start).
export default defineConfig({
  test: {
    include: ["resilience/**/*.test.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
