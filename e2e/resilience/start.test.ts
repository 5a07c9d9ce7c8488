import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("npm start in production", () => {
  it("refuses the embedded default without DATABASE_URL, explaining it, and starts nothing", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-prod-"));
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/start.mjs"), "--skip-build"], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "", DATA_DIR: dataDir },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("DATABASE_URL=postgresql://");
    expect(run.stderr).toContain("--allow-embedded-db");
    expect(fs.existsSync(path.join(dataDir, "db-password")), "no database was created").toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
