import { defineConfig } from "vitest/config";

// The calendar must give the same answers whatever zone the server process runs in,
// so the time-sensitive suites run a second time under a zone with DST and a negative offset.
const TIME_SENSITIVE = ["src/time/**/*.test.ts", "src/sla/**/*.test.ts"];

export default defineConfig({
  test: {
    // Property tests walk hundreds of random histories under coverage instrumentation: on a busy
    // 2-core machine that can take longer than vitest's 5-second default, without being wrong.
    testTimeout: 60_000,
    // Each project names its own files (a root `include` would be merged into both).
    projects: [
      {
        extends: true,
        test: { name: "domain (TZ=UTC)", include: ["src/**/*.test.ts"], env: { TZ: "UTC" } },
      },
      {
        extends: true,
        test: { name: "time (TZ=America/New_York)", include: TIME_SENSITIVE, env: { TZ: "America/New_York" } },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/*.test.ts", "src/**/*.test-helpers.ts", "src/index.ts"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
