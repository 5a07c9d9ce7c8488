// The behaviour every DocumentStorage driver must show; run by each driver's integration suite.
import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { InvalidStorageKeyError } from "../keys";
import type { DocumentStorage } from "../storage";
import { minimalJpeg, minimalPdf, minimalPng } from "./samples";

export interface ContractHooks {
  storage(): DocumentStorage;
  /** How many stored copies of an object exist (to prove "stored once"). */
  countCopies(key: string): Promise<number>;
}

const nodeSha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export function documentStorageContract(name: string, hooks: ContractHooks): void {
  describe(`${name}: DocumentStorage contract`, () => {
    it("round-trips bytes exactly (PDF, PNG, JPEG, every byte value, 3 MiB of random data)", async () => {
      const everyByte = new Uint8Array(Array.from({ length: 1024 }, (_, i) => i & 0xff));
      for (const bytes of [minimalPdf(), minimalPng(5, 4), minimalJpeg(), everyByte, new Uint8Array(randomBytes(3 * 1024 * 1024))]) {
        const stored = await hooks.storage().put(bytes);
        const back = await hooks.storage().get(stored.key);
        expect(back).toBeInstanceOf(Uint8Array);
        expect(back?.byteLength).toBe(bytes.byteLength);
        expect(Buffer.from(back as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
      }
    });

    it("reports node:crypto's SHA-256, the size, and a key made from the digest", async () => {
      const bytes = minimalPdf();
      const stored = await hooks.storage().put(bytes);
      const hex = nodeSha256(bytes);
      expect(stored).toEqual({ key: `sha256/${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex}`, sha256: hex, sizeBytes: bytes.byteLength });
    });

    it("stores the same bytes once under the same key", async () => {
      const bytes = new Uint8Array(randomBytes(4096));
      const first = await hooks.storage().put(bytes);
      const second = await hooks.storage().put(new Uint8Array(bytes)); // a different buffer, same content
      const concurrent = await Promise.all([1, 2, 3].map(() => hooks.storage().put(bytes)));
      for (const again of [second, ...concurrent]) expect(again).toEqual(first);
      expect(await hooks.countCopies(first.key)).toBe(1);
      expect(Buffer.from((await hooks.storage().get(first.key)) as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
    });

    it("gives different bytes different keys", async () => {
      const a = new Uint8Array(randomBytes(100));
      const b = new Uint8Array(a);
      b[99] = (b[99] as number) ^ 1;
      const [sa, sb] = await Promise.all([hooks.storage().put(a), hooks.storage().put(b)]);
      expect(sa.key).not.toBe(sb.key);
      expect(await hooks.storage().get(sa.key)).toEqual(a);
      expect(await hooks.storage().get(sb.key)).toEqual(b);
    });

    it("stores an empty object too (rejecting empty uploads is the caller's job, via sniffDocument)", async () => {
      const stored = await hooks.storage().put(new Uint8Array());
      expect(stored.sizeBytes).toBe(0);
      expect(stored.sha256).toBe(nodeSha256(new Uint8Array()));
      expect(await hooks.storage().get(stored.key)).toEqual(new Uint8Array());
    });

    it("answers null / false for a well-formed key that was never stored", async () => {
      const hex = nodeSha256(randomBytes(32));
      const key = `sha256/${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex}`;
      expect(await hooks.storage().get(key)).toBeNull();
      expect(await hooks.storage().has(key)).toBe(false);
    });

    it("has() is true once put", async () => {
      const stored = await hooks.storage().put(new Uint8Array(randomBytes(10)));
      expect(await hooks.storage().has(stored.key)).toBe(true);
    });

    it.each(["../x", "sha256/../../../etc/passwd", "/etc/passwd", "sha256/ab/cd/..", "", "SHA256/AB/CD/" + "A".repeat(64)])(
      "rejects the malformed key %j in get and has",
      async (key) => {
        await expect(hooks.storage().get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(hooks.storage().has(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      },
    );

    it("describes itself without secrets", () => {
      const text = hooks.storage().describe();
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/secret|rahasia/i);
    });
  });
}
