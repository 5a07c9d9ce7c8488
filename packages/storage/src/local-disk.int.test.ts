import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidStorageKeyError, sha256Hex, StorageIntegrityError } from "./keys";
import { LocalDiskStorage } from "./local-disk";
import { documentStorageContract } from "./testing/storage-contract";

let root: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "perizinan-storage-"));
  storage = new LocalDiskStorage(path.join(root, "uploads"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every regular file under a directory, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

documentStorageContract("LocalDiskStorage", {
  storage: () => storage,
  countCopies: async (key) => (await filesUnder(storage.rootDir)).filter((file) => file.split(path.sep).join("/") === key).length,
});

describe("LocalDiskStorage on disk", () => {
  it("lays files out as <root>/sha256/ab/cd/<hex>, with no temp file left behind", async () => {
    const bytes = new Uint8Array(randomBytes(2000));
    const { key, sha256 } = await storage.put(bytes);
    const file = path.join(storage.rootDir, "sha256", sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect(key.split("/").join(path.sep)).toBe(path.relative(storage.rootDir, file));
    expect(await readFile(file)).toEqual(Buffer.from(bytes));
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await filesUnder(path.join(storage.rootDir, "tmp"))).toEqual([]);
  });

  it("a crash mid-write (a leftover temp file) is never visible as an object and does not block a later put", async () => {
    const bytes = new Uint8Array(randomBytes(5000));
    const hex = sha256Hex(bytes);
    const key = `sha256/${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex}`;
    // What a process killed between write and rename leaves: half the bytes in a temp file.
    const tempDir = path.join(storage.rootDir, "tmp");
    await mkdir(tempDir, { recursive: true });
    const leftover = path.join(tempDir, `${hex}.00000000-dead-beef-0000-000000000000.part`);
    await writeFile(leftover, bytes.subarray(0, 2500));

    expect(await storage.has(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();

    expect((await storage.put(bytes)).key).toBe(key);
    expect(await storage.get(key)).toEqual(bytes);

    // The leftover is cleaned up once it is old enough, and only then.
    expect(await storage.removeStaleTempFiles(60_000)).toBe(0);
    const old = new Date(Date.now() - 2 * 60_000);
    await utimes(leftover, old, old);
    expect(await storage.removeStaleTempFiles(60_000)).toBe(1);
    expect(await filesUnder(tempDir)).toEqual([]);
    expect(await storage.get(key)).toEqual(bytes);
  });

  it("replaces a damaged copy on the next put, and refuses to hand out bytes that no longer match their key", async () => {
    const bytes = new Uint8Array(randomBytes(300));
    const { key } = await storage.put(bytes);
    const file = path.join(storage.rootDir, ...key.split("/"));
    await writeFile(file, bytes.subarray(0, 100)); // truncated by something outside
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageIntegrityError);
    await storage.put(bytes);
    expect(await storage.get(key)).toEqual(bytes);

    const flipped = new Uint8Array(bytes);
    flipped[0] = (flipped[0] as number) ^ 0xff; // same size, different content
    await writeFile(file, flipped);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageIntegrityError);
  });

  it("rejects '../x' and never touches a file outside its root", async () => {
    const outside = path.join(root, "secret.txt");
    await writeFile(outside, "rahasia");
    for (const key of ["../x", "../secret.txt", "../../secret.txt", `sha256/../../secret.txt`]) {
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.has(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
  });

  it("starts from a root that does not exist yet", async () => {
    const fresh = new LocalDiskStorage(path.join(root, "fresh", "nested", "uploads"));
    const hex = sha256Hex(new Uint8Array([1]));
    expect(await fresh.has(`sha256/${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex}`)).toBe(false);
    expect(await fresh.removeStaleTempFiles()).toBe(0);
    const stored = await fresh.put(new Uint8Array([1]));
    expect(await fresh.get(stored.key)).toEqual(new Uint8Array([1]));
    expect(fresh.describe()).toBe(`local-disk:${path.join(root, "fresh", "nested", "uploads")}`);
  });
});
