import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "@perizinan/db/test-harness";
import { LocalDiskStorage } from "@perizinan/storage";

export interface SourceOffice {
  /** A DATA_DIR of its own: the CLIs find the documents under `<dataDir>/uploads` as in production. */
  dataDir: string;
  storage: LocalDiskStorage;
  /** Set once the suite's beforeAll has run. */
  t: TestDatabase;
  /** Demo users' ids by username (staff) or email (applicants). */
  users: Map<string, string>;
}

/**
 * For a suite: a fresh database holding the demo office, its document store laid out
 * as `storageFromEnv(DATA_DIR)` expects it; both removed after the suite.
 */
export function useSourceOffice(name: string, prepare: (office: SourceOffice) => Promise<void> = async () => {}): SourceOffice {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `perizinan-${name}-source-`));
  const office = { dataDir, storage: new LocalDiskStorage(path.join(dataDir, "uploads")), users: new Map<string, string>() } as SourceOffice;
  beforeAll(async () => {
    office.t = await createTestDatabase({ seeded: true });
    for (const u of await office.t.db.user.findMany()) office.users.set(u.username ?? u.email!, u.id);
    await prepare(office);
  });
  afterAll(async () => {
    await office.t?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return office;
}
