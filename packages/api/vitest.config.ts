import { defineConfig } from "vitest/config";

// Unit tests only: the *.int.test.ts suites need a database and run with vitest.int.config.ts.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], exclude: ["src/**/*.int.test.ts"] },
});
