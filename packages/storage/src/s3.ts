import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { keyForSha256, sha256Hex, sha256OfKey, verifyIntegrity } from "./keys";
import type { DocumentStorage, StoredObject } from "./storage";

export interface S3StorageOptions {
  /** For S3-compatible services (MinIO, Ceph, …); omit for AWS S3. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (endpoint/bucket/key) instead of bucket.endpoint; most self-hosted services need it. */
  forcePathStyle?: boolean;
}

/**
 * Documents as objects in one bucket, under the same content-addressed keys as LocalDiskStorage.
 * `put` asks HeadObject first so the same bytes are uploaded once, and sends ChecksumSHA256 so the
 * service verifies what it received; `get` verifies the bytes against the key again.
 */
export class S3Storage implements DocumentStorage {
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly endpoint: string | undefined;
  private readonly region: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.endpoint = options.endpoint;
    this.region = options.region;
    this.client = new S3Client({
      region: options.region,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      forcePathStyle: options.forcePathStyle ?? false,
      ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    });
  }

  async put(bytes: Uint8Array): Promise<StoredObject> {
    const sha256 = sha256Hex(bytes);
    const key = keyForSha256(sha256);
    const stored: StoredObject = { key, sha256, sizeBytes: bytes.byteLength };

    const existingSize = await this.headSize(key);
    if (existingSize === bytes.byteLength) return stored;

    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentLength: bytes.byteLength,
        ContentType: "application/octet-stream",
        ChecksumSHA256: Buffer.from(sha256, "hex").toString("base64"),
      }),
    );
    return stored;
  }

  async get(key: string): Promise<Uint8Array | null> {
    sha256OfKey(key);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (response.Body === undefined) throw new Error(`S3 GetObject ${key}: jawaban tanpa isi.`);
      const bytes = await response.Body.transformToByteArray();
      verifyIntegrity(key, bytes);
      return bytes;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    sha256OfKey(key);
    return (await this.headSize(key)) !== null;
  }

  describe(): string {
    return `s3:bucket=${this.bucket} region=${this.region}${this.endpoint === undefined ? "" : ` endpoint=${safeEndpoint(this.endpoint)}`}`;
  }

  /** Closes the client's sockets. */
  destroy(): void {
    this.client.destroy();
  }

  /** Size of the object, or null when absent. */
  private async headSize(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }
}

function isNotFound(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, $metadata } = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  return name === "NotFound" || name === "NoSuchKey" || $metadata?.httpStatusCode === 404;
}

/** The endpoint without any user:password someone may have put in the URL. */
function safeEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    url.username = "";
    url.password = "";
    return url.toString().replace(/\/$/, "");
  } catch {
    return "(endpoint tidak sah)";
  }
}
