import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "@perizinan/db/test-harness";
import { LocalDiskStorage } from "@perizinan/storage";

export interface SeededOffice {
  /** Set once the suite's beforeAll has run. */
  t: TestDatabase;
  storage: LocalDiskStorage;
  /** Demo users' ids by username (staff) or email (applicants). */
  users: Map<string, string>;
}

/**
 * For an API suite: a fresh database holding the demo office (a copy of the run's seeded template), and a throw-away
 * document store, both removed after the suite.
 */
export function useSeededOffice(name: string): SeededOffice {
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), `perizinan-${name}-test-`));
  const office = { storage: new LocalDiskStorage(storageDir), users: new Map<string, string>() } as SeededOffice;
  beforeAll(async () => {
    office.t = await createTestDatabase({ seeded: true });
    for (const u of await office.t.db.user.findMany()) office.users.set(u.username ?? u.email!, u.id);
  });
  afterAll(async () => {
    await office.t?.close();
    fs.rmSync(storageDir, { recursive: true, force: true });
  });
  return office;
}
