import { defineConfig } from "vitest/config";

// Unit suites: rendering, backoff, configuration — no network, no database.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    exclude: ["src/**/*.int.test.ts", "**/node_modules/**"],
  },
});
