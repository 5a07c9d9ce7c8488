import { defineConfig } from "vitest/config";

// The back office's pure helpers (e.g. the permit-type editor's edits); its pages are covered by e2e/.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
