import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@perizinan/db/test-harness";
import { LocalDiskStorage } from "@perizinan/storage";
import { createBackup } from "./backup";
import { BackupError, RestoreFailedError, RestoreRefusedError } from "./errors";
import { tableFile, type Manifest } from "./format";
import { restoreBackup } from "./restore";
import { runCli } from "./testing/cli";
import { createEmptyDatabase, fingerprint, type Fingerprint } from "./testing/databases";
import { submitFile } from "./testing/permit-walk";
import { useSourceOffice } from "./testing/source-office";
import { flipOneLetter, repacked } from "./testing/tamper";

const source = useSourceOffice("refusals", async (office) => {
  await submitFile(office);
});
const work = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-refusals-"));
const at = (name: string) => path.join(work, name);

/** A target with data of its own (the demo office), and an empty document store. */
let target: TestDatabase;
let targetStorage: LocalDiskStorage;
let archive: string;
beforeAll(async () => {
  archive = (await createBackup({ databaseUrl: source.t.url, storage: source.storage, outFile: at("good.tar.gz") })).file;
  target = await createTestDatabase({ seeded: true });
  targetStorage = new LocalDiskStorage(at("target-uploads"));
});
afterAll(async () => {
  await target?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const storedFiles = () => (fs.existsSync(targetStorage.rootDir) ? fs.readdirSync(targetStorage.rootDir, { recursive: true }).sort() : []);
const editManifest = (dir: string, change: (m: Manifest) => void) => {
  const file = path.join(dir, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  change(manifest);
  fs.writeFileSync(file, JSON.stringify(manifest));
};

/** Restoring `file` (even with --replace) is refused with `message`, and neither database nor storage moved. */
async function expectRefused(file: string, message: RegExp): Promise<void> {
  const before: Fingerprint = await fingerprint(target.url);
  const error = await restoreBackup({ archiveFile: file, databaseUrl: target.url, storage: targetStorage, replace: true }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RestoreRefusedError);
  expect((error as Error).message).toMatch(/^Pemulihan ditolak; tidak ada yang diubah/);
  expect((error as Error).message).toMatch(message);
  expect(await fingerprint(target.url)).toEqual(before);
  expect(storedFiles()).toEqual([]);
}

describe("a backup that could not be restored is not written", () => {
  it("names the documents missing from storage, and leaves no archive behind", async () => {
    const out = at("missing-documents.tar.gz");
    const error = await createBackup({ databaseUrl: source.t.url, storage: new LocalDiskStorage(at("empty-store")), outFile: out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    const keys = (await source.t.db.document.findMany({ select: { storageKey: true } })).map((d) => d.storageKey);
    expect(keys.length).toBeGreaterThan(0);
    expect((error as Error).message).toMatch(/dokumen yang dirujuk database tidak ada di penyimpanan/);
    expect((error as Error).message).toContain(keys[0]);
    expect(fs.readdirSync(work).filter((n) => n.startsWith("missing-documents") || n.startsWith(".perizinan-backup-"))).toEqual([]);
  });
});

describe("restore verifies the whole archive before it changes anything", () => {
  it("refuses a table file with one byte changed (re-packed, so gzip and tar read it fine)", async () => {
    const damaged = await repacked(archive, at("flipped-table.tar.gz"), (dir) => flipOneLetter(path.join(dir, tableFile("User"))));
    await expectRefused(damaged, /Data tabel "User" rusak: SHA-256-nya tidak cocok/);
  });

  it("refuses a document with one byte changed", async () => {
    const damaged = await repacked(archive, at("flipped-document.tar.gz"), (dir) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
      flipOneLetter(path.join(dir, "documents", manifest.documents[0]!.key));
    });
    await expectRefused(damaged, /Dokumen sha256\/[0-9a-f/]+ rusak/);
  });

  it("refuses files the manifest does not list", async () => {
    const padded = await repacked(archive, at("extra-file.tar.gz"), (dir) => {
      fs.writeFileSync(path.join(dir, tableFile("Selundupan")), "1\tx\n");
      fs.writeFileSync(path.join(dir, "catatan.txt"), "halo\n");
    });
    await expectRefused(padded, /Arsip berisi berkas yang tidak tercatat di manifest: .*catatan\.txt/);
  });

  it("refuses a truncated archive", async () => {
    const bytes = fs.readFileSync(archive);
    fs.writeFileSync(at("truncated.tar.gz"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(at("truncated.tar.gz"), /tidak dapat dibaca \(rusak, terpotong, atau bukan \.tar\.gz\)/);
  });

  it("refuses a readable tar.gz that is not one of our backups", async () => {
    fs.mkdirSync(at("foreign"));
    fs.writeFileSync(at("foreign/catatan.txt"), "bukan cadangan\n");
    await tar.create({ gzip: true, file: at("foreign.tar.gz"), cwd: at("foreign") }, ["catatan.txt"]);
    await expectRefused(at("foreign.tar.gz"), /Arsip ini bukan cadangan sistem perizinan/);

    fs.writeFileSync(at("foreign/manifest.json"), JSON.stringify({ format: "lain", formatVersion: 1 }));
    await tar.create({ gzip: true, file: at("foreign-manifest.tar.gz"), cwd: at("foreign") }, ["manifest.json"]);
    await expectRefused(at("foreign-manifest.tar.gz"), /Arsip ini bukan cadangan sistem perizinan/);
  });

  it("refuses a backup made under a migration this checkout does not have, or whose migration differs", async () => {
    const newer = await repacked(archive, at("newer.tar.gz"), (dir) =>
      editManifest(dir, (m) => m.migrations.push({ name: "20991231235959_dari_masa_depan", checksum: "0".repeat(64) })),
    );
    await expectRefused(newer, /Migrasi "20991231235959_dari_masa_depan" dari cadangan tidak ada di versi aplikasi ini/);

    const edited = await repacked(archive, at("edited-migration.tar.gz"), (dir) =>
      editManifest(dir, (m) => {
        m.migrations[0]!.checksum = "f".repeat(64);
      }),
    );
    await expectRefused(edited, /berbeda isinya \(checksum\)/);
  });

  it("says so with exit code 1 from the command line", async () => {
    const before = await fingerprint(target.url);
    const run = await runCli("restore", [at("truncated.tar.gz"), "--replace"], { DATABASE_URL: target.url, DATA_DIR: at("cli-data") });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Pemulihan ditolak; tidak ada yang diubah:\n- Arsip .* tidak dapat dibaca/);
    expect(await fingerprint(target.url)).toEqual(before);
    expect(fs.existsSync(at("cli-data"))).toBe(false);
  });
});

describe("restore into a database that already has data", () => {
  it("is refused without --replace, before any document is written", async () => {
    const before = await fingerprint(target.url);
    const error = await restoreBackup({ archiveFile: archive, databaseUrl: target.url, storage: targetStorage }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreRefusedError);
    expect((error as Error).message).toMatch(/Database tujuan sudah berisi \d+ tabel .*--replace/);
    expect(await fingerprint(target.url)).toEqual(before);
    expect(storedFiles()).toEqual([]);
  });

  it("rolls everything back, the dropped schema included, when loading fails halfway", async () => {
    // Consistent with its manifest, so it passes verification, but one row breaks an enum.
    const broken = await repacked(archive, at("broken-row.tar.gz"), (dir) => {
      const file = path.join(dir, tableFile("User"));
      const text = fs.readFileSync(file, "utf8").replace("\tSTAFF\t", "\tBUKAN_PERAN\t");
      fs.writeFileSync(file, text);
      editManifest(dir, (m) => {
        const user = m.tables.find((t) => t.name === "User")!;
        user.sha256 = createHash("sha256").update(text).digest("hex");
        user.sizeBytes = Buffer.byteLength(text);
      });
    });
    const before = await fingerprint(target.url);
    const error = await restoreBackup({ archiveFile: broken, databaseUrl: target.url, storage: targetStorage, replace: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreFailedError);
    expect((error as Error).message).toMatch(/Pemulihan gagal dan dibatalkan; database tujuan tidak berubah: tabel "User"/);
    expect(await fingerprint(target.url)).toEqual(before);
  });

  it("replaces it with --replace: afterwards it holds exactly what the source held", async () => {
    const result = await restoreBackup({ archiveFile: archive, databaseUrl: target.url, storage: targetStorage, replace: true });
    expect(result.replacedTables).toBeGreaterThan(0);
    expect(await fingerprint(target.url)).toEqual(await fingerprint(source.t.url));
    for (const { storageKey } of await source.t.db.document.findMany()) expect(await targetStorage.has(storageKey)).toBe(true);
  });

  it("restores into an empty database without --replace", async () => {
    const empty = await createEmptyDatabase();
    try {
      const result = await restoreBackup({ archiveFile: archive, databaseUrl: empty.url, storage: targetStorage });
      expect(result.replacedTables).toBe(0);
      expect(await fingerprint(empty.url)).toEqual(await fingerprint(source.t.url));
    } finally {
      await empty.drop();
    }
  });
});
