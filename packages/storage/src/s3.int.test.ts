import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StorageIntegrityError } from "./keys";
import { S3Storage } from "./s3";
import { documentStorageContract } from "./testing/storage-contract";

// A real S3-protocol server (s3rver: HTTP, SigV4 checked, objects on disk), not a client mock.
const BUCKET = "perizinan-dokumen";
let dir: string;
let server: S3rver;
let storage: S3Storage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "perizinan-s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, directory: dir, silent: true });
  const { port } = await server.run();
  storage = new S3Storage({
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    bucket: BUCKET,
    accessKeyId: "S3RVER", // s3rver's built-in account
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  });
  await storage.client.send(new CreateBucketCommand({ Bucket: BUCKET }));
});

afterAll(async () => {
  storage?.destroy();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

async function listKeys(): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await storage.client.send(new ListObjectsV2Command({ Bucket: BUCKET, ContinuationToken: token }));
    for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
    token = page.NextContinuationToken;
  } while (token);
  return keys;
}

documentStorageContract("S3Storage (s3rver)", {
  storage: () => storage,
  countCopies: async (key) => (await listKeys()).filter((k) => k === key).length,
});

describe("S3Storage against s3rver", () => {
  it("asks HeadObject first and does not upload again what is already there; sends ChecksumSHA256", async () => {
    const sent: { command: string; headers: Record<string, string> }[] = [];
    const spy = "perizinan-test-spy";
    storage.client.middlewareStack.add(
      (next, context) => async (args) => {
        const request = args.request as { headers?: Record<string, string> };
        sent.push({ command: String(context.commandName), headers: { ...request.headers } });
        return next(args);
      },
      { step: "finalizeRequest", name: spy },
    );
    try {
      const bytes = new Uint8Array(randomBytes(1000));
      const { sha256 } = await storage.put(bytes);
      await storage.put(bytes);
      expect(sent.map((r) => r.command)).toEqual(["HeadObjectCommand", "PutObjectCommand", "HeadObjectCommand"]);
      const put = sent[1]?.headers ?? {};
      expect(put["x-amz-checksum-sha256"]).toBe(Buffer.from(sha256, "hex").toString("base64"));
      expect(put["content-length"]).toBe("1000");
    } finally {
      storage.client.middlewareStack.remove(spy);
    }
  });

  it("refuses to hand out an object whose bytes no longer match its key", async () => {
    const bytes = new Uint8Array(randomBytes(64));
    const { key } = await storage.put(bytes);
    await storage.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: new Uint8Array(64) }));
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageIntegrityError);
  });

  it("describes the bucket and endpoint, not the keys", () => {
    expect(storage.describe()).toMatch(/^s3:bucket=perizinan-dokumen region=us-east-1 endpoint=http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("surfaces refused credentials as an error, not as a missing object", async () => {
    // s3rver checks the access key id but not SigV4 signatures, so an unknown key id is what it refuses.
    const endpoint = await storage.client.config.endpoint?.();
    const stranger = new S3Storage({
      endpoint: `http://127.0.0.1:${endpoint?.port}`,
      region: "us-east-1",
      bucket: BUCKET,
      accessKeyId: "ORANG-LAIN",
      secretAccessKey: "salah",
      forcePathStyle: true,
    });
    try {
      const { key } = await storage.put(new Uint8Array([7]));
      await expect(stranger.get(key)).rejects.toMatchObject({ name: "InvalidAccessKeyId" });
      await expect(stranger.has(key)).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
      await expect(stranger.put(new Uint8Array([8]))).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
    } finally {
      stranger.destroy();
    }
  });
});
