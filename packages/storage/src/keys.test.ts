import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { InvalidStorageKeyError, isStorageKey, keyForSha256, sha256Hex, sha256OfKey, StorageIntegrityError, verifyIntegrity } from "./keys";

const HEX = createHash("sha256").update("KTP").digest("hex");
const KEY = `sha256/${HEX.slice(0, 2)}/${HEX.slice(2, 4)}/${HEX}`;

describe("content-addressed keys", () => {
  it("derives the key from the SHA-256 and back", () => {
    expect(sha256Hex(new TextEncoder().encode("KTP"))).toBe(HEX);
    expect(keyForSha256(HEX)).toBe(KEY);
    expect(sha256OfKey(KEY)).toBe(HEX);
    expect(isStorageKey(KEY)).toBe(true);
  });

  it.each([
    "../x",
    "sha256/../../etc/passwd",
    `sha256/${HEX.slice(0, 2)}/${HEX.slice(2, 4)}/${HEX}/`,
    `/sha256/${HEX.slice(0, 2)}/${HEX.slice(2, 4)}/${HEX}`,
    `sha256/${HEX.slice(0, 2)}/${HEX.slice(2, 4)}/${HEX.toUpperCase()}`,
    `sha256/00/00/${HEX}`, // fan-out does not match the digest
    `sha256\\${HEX.slice(0, 2)}\\${HEX.slice(2, 4)}\\${HEX}`,
    `sha256/${HEX.slice(0, 2)}/${HEX.slice(2, 4)}/${HEX}\n`,
    `sha256/${HEX.slice(0, 2)}/${HEX.slice(2, 4)}/${HEX.slice(0, 63)}`,
    HEX,
    "",
  ])("rejects %j", (key) => {
    expect(isStorageKey(key)).toBe(false);
    expect(() => sha256OfKey(key)).toThrow(InvalidStorageKeyError);
  });

  it("refuses to build a key from something that is not a digest", () => {
    expect(() => keyForSha256("../../x")).toThrow(InvalidStorageKeyError);
  });

  it("verifies bytes read back against their key", () => {
    expect(() => verifyIntegrity(KEY, new TextEncoder().encode("KTP"))).not.toThrow();
    expect(() => verifyIntegrity(KEY, new TextEncoder().encode("KTQ"))).toThrow(StorageIntegrityError);
  });
});
