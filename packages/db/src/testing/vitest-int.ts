import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The integration-suite configuration every package shares: real servers are slow to start, so
 * generous timeouts; forks so each file has its own process; one embedded PostgreSQL for the run
 * unless TEST_DATABASE_URL names one.
 */
export function integrationConfig(env: Record<string, string> = {}) {
  return defineConfig({
    test: {
      include: ["src/**/*.int.test.ts"],
      pool: "forks",
      testTimeout: 120_000,
      hookTimeout: 120_000,
      globalSetup: [fileURLToPath(new URL("./global-setup.ts", import.meta.url))],
      env,
    },
  });
}
