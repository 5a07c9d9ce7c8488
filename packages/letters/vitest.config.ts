import { defineConfig } from "vitest/config";

// Unit suites: render every letter in memory and read the PDF back — no disk, no network.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 30_000,
  },
});
