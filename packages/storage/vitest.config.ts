import { defineConfig } from "vitest/config";

// Unit suites: pure functions (sniffing, display names, settings) — no disk, no network.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    exclude: ["src/**/*.int.test.ts", "**/node_modules/**"],
  },
});
