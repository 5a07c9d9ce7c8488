import { defineConfig } from "vitest/config";

// Integration suites: the storage contract against a temp directory and against a real S3-protocol
// server (s3rver, started by the suite on 127.0.0.1) — forks so each file has its own process.
export default defineConfig({
  test: {
    include: ["src/**/*.int.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The AWS SDK warns once per process that its 2027 releases will need Node 22; keep test output clean.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
