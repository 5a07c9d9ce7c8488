/** What a driver returns after storing a document's bytes. */
export interface StoredObject {
  /** Content-addressed key, "sha256/<h0h1>/<h2h3>/<64 hex>"; never derived from the user's file name. */
  key: string;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  sizeBytes: number;
}

/** Where uploaded requirement documents live: the local data directory or an S3-compatible bucket. */
export interface DocumentStorage {
  /** Stores bytes content-addressed; the key is derived from the SHA-256 (e.g. "sha256/ab/cd/abcdef…"). Idempotent: the same bytes give the same key and are stored once. */
  put(bytes: Uint8Array): Promise<StoredObject>;
  /** The stored bytes, or null when there is no object under the key. Throws InvalidStorageKeyError for a malformed key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Throws InvalidStorageKeyError for a malformed key. */
  has(key: string): Promise<boolean>;
  /** For logs, no secrets. */
  describe(): string;
}
