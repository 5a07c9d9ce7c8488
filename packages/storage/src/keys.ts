import { createHash } from "node:crypto";

const KEY_PATTERN = /^sha256\/([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** A key that is not one this package produced; refused before it reaches a path or a bucket. */
export class InvalidStorageKeyError extends Error {
  override readonly name = "InvalidStorageKeyError";
  constructor(readonly key: string) {
    super(`Kunci penyimpanan tidak sah: ${JSON.stringify(key.slice(0, 120))}.`);
  }
}

/** The stored bytes no longer hash to their key (disk corruption or tampering). */
export class StorageIntegrityError extends Error {
  override readonly name = "StorageIntegrityError";
  constructor(readonly key: string, readonly actualSha256: string) {
    super(`Isi objek ${key} tidak cocok dengan SHA-256-nya (didapat ${actualSha256}); berkas rusak atau diubah.`);
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** "sha256/ab/cd/abcd…" for a lower-case hex digest. */
export function keyForSha256(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new InvalidStorageKeyError(sha256);
  return `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/** The digest a key names, after checking the exact layout (no "..", no separators, no upper case, fan-out matches). */
export function sha256OfKey(key: string): string {
  const match = typeof key === "string" ? KEY_PATTERN.exec(key) : null;
  const [, d1, d2, hex] = match ?? [];
  if (d1 === undefined || d2 === undefined || hex === undefined || hex.slice(0, 2) !== d1 || hex.slice(2, 4) !== d2) {
    throw new InvalidStorageKeyError(String(key));
  }
  return hex;
}

export function isStorageKey(key: string): boolean {
  try {
    sha256OfKey(key);
    return true;
  } catch {
    return false;
  }
}

/** Throws StorageIntegrityError when bytes read back under a key do not hash to it. */
export function verifyIntegrity(key: string, bytes: Uint8Array): void {
  const expected = sha256OfKey(key);
  const actual = sha256Hex(bytes);
  if (actual !== expected) throw new StorageIntegrityError(key, actual);
}
