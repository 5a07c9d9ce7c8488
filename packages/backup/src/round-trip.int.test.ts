import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createCallerFactory, createContext, portalRouter } from "@perizinan/api";
import { createDb } from "@perizinan/db";
import { removeEmbeddedData, startEmbeddedServer } from "@perizinan/db/embedded";
import { LocalDiskStorage } from "@perizinan/storage";
import { projectMigrations } from "./migrations";
import { runCli } from "./testing/cli";
import { fingerprint } from "./testing/databases";
import { issuePermit } from "./testing/permit-walk";
import { useSourceOffice } from "./testing/source-office";
import { verifyArchive } from "./verify";

let permit: { applicationId: string; permitNumber: string };
const source = useSourceOffice("round-trip", async (office) => {
  permit = await issuePermit(office);
});
const targetDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-round-trip-target-"));
afterAll(() => removeEmbeddedData(targetDir));

let archive: string;

describe("npm run db:backup, then npm run db:restore into a fresh embedded server", () => {
  it("writes one 0600 archive under DATA_DIR/backups whose manifest lists every table, migration and document", async () => {
    const run = await runCli("backup", [], { DATABASE_URL: source.t.url, DATA_DIR: source.dataDir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Cadangan dibuat: .*perizinan-\d{8}-\d{6}\.tar\.gz/);
    expect(run.stdout).toMatch(/Dokumen : \d+/);

    const backups = fs.readdirSync(path.join(source.dataDir, "backups"));
    expect(backups).toEqual([expect.stringMatching(/^perizinan-\d{8}-\d{6}\.tar\.gz$/)]);
    archive = path.join(source.dataDir, "backups", backups[0]!);
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600);

    const verified = await verifyArchive(archive);
    try {
      const { manifest } = verified;
      expect(manifest).toMatchObject({ format: "perizinan-backup", formatVersion: 1 });
      expect(manifest.migrations).toEqual((await projectMigrations()).map(({ name, checksum }) => ({ name, checksum })));
      const before = await fingerprint(source.t.url);
      expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(
        Object.fromEntries(Object.entries(before.tables).map(([name, t]) => [name, t.rows])),
      );
      expect(manifest.tables.map((t) => t.name)).toContain("_prisma_migrations");
      const referenced = [
        ...(await source.t.db.document.findMany({ select: { storageKey: true } })),
        ...(await source.t.db.issuedDocument.findMany({ select: { storageKey: true } })),
      ].map((d) => d.storageKey);
      expect(manifest.documents.map((d) => d.key).sort()).toEqual([...new Set(referenced)].sort());
    } finally {
      await verified.dispose();
    }
  });

  it("restores database and documents: same rows everywhere, the permit's PDF intact, and the permit verifies as valid", async () => {
    const expected = await fingerprint(source.t.url);
    // No DATABASE_URL: the command starts the embedded server of this (new, empty) data folder itself.
    const run = await runCli("restore", [archive], { DATABASE_URL: "", DATA_DIR: targetDir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/dipulihkan/);

    const server = await startEmbeddedServer({ dataDir: targetDir, port: 0 });
    const db = createDb(server.url);
    try {
      expect(await fingerprint(server.url)).toEqual(expected);

      const restoredStorage = new LocalDiskStorage(path.join(targetDir, "uploads"));
      const letter = await db.issuedDocument.findFirstOrThrow({ where: { applicationId: permit.applicationId, kind: "SURAT_IZIN", isDraft: false } });
      const restoredPermit = await db.permit.findUniqueOrThrow({ where: { number: permit.permitNumber } });
      const pdf = await restoredStorage.get(letter.storageKey);
      expect(pdf).not.toBeNull();
      const sha256 = createHash("sha256").update(pdf!).digest("hex");
      expect(sha256).toBe(letter.sha256);
      expect(sha256).toBe(restoredPermit.documentSha256);

      const portal = createCallerFactory(portalRouter)(await createContext({ db, storage: restoredStorage, app: "portal", sessionUserId: null }));
      expect(await portal.verify.permit({ number: permit.permitNumber })).toMatchObject({ status: "VALID", holderName: "Budi Sinaga" });
      expect(await portal.verify.documentHash({ sha256 })).toMatchObject({ genuine: true, number: permit.permitNumber });
    } finally {
      await db.$disconnect();
      await server.stop();
    }
  });
});
