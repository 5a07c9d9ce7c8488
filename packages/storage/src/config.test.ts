import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { StorageConfigError, storageFromEnv } from "./config";
import { LocalDiskStorage } from "./local-disk";
import { S3Storage } from "./s3";

const S3_ENV = {
  STORAGE_DRIVER: "s3",
  S3_BUCKET: "perizinan-dokumen",
  S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
  S3_SECRET_ACCESS_KEY: "rahasia-sekali",
};

function configError(fn: () => unknown): StorageConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StorageConfigError);
    return error as StorageConfigError;
  }
  throw new Error("expected a StorageConfigError");
}

async function clientSettings(storage: unknown) {
  expect(storage).toBeInstanceOf(S3Storage);
  const { client } = storage as S3Storage;
  return {
    region: await client.config.region(),
    forcePathStyle: client.config.forcePathStyle,
    endpoint: client.config.endpoint ? await client.config.endpoint() : undefined,
  };
}

describe("storageFromEnv", () => {
  it("defaults to the local disk under <dataDir>/uploads", () => {
    for (const env of [{}, { STORAGE_DRIVER: "local" }, { STORAGE_DRIVER: "  " }]) {
      const storage = storageFromEnv("/srv/perizinan/data", env);
      expect(storage).toBeInstanceOf(LocalDiskStorage);
      expect(storage.describe()).toBe(`local-disk:${path.resolve("/srv/perizinan/data/uploads")}`);
    }
  });

  it("reads process.env when no env is given", () => {
    vi.stubEnv("STORAGE_DRIVER", "s3");
    vi.stubEnv("S3_BUCKET", "");
    try {
      expect(() => storageFromEnv("/tmp/x")).toThrow(/S3_BUCKET wajib diisi/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("refuses an unknown driver, in Indonesian", () => {
    const error = configError(() => storageFromEnv("/data", { STORAGE_DRIVER: "ftp" }));
    expect(error.problems).toEqual(['STORAGE_DRIVER harus "local" atau "s3" (tertulis "ftp").']);
    expect(error.message).toContain("Pengaturan penyimpanan dokumen tidak sah");
  });

  it("refuses an empty data directory for the local driver", () => {
    expect(() => storageFromEnv("", {})).toThrow(StorageConfigError);
  });

  it("lists every missing S3 setting at once", () => {
    const error = configError(() => storageFromEnv("/data", { STORAGE_DRIVER: "s3", S3_ACCESS_KEY_ID: "" }));
    expect(error.problems).toEqual([
      "S3_BUCKET wajib diisi (nama bucket tempat dokumen disimpan).",
      "S3_ACCESS_KEY_ID wajib diisi (kunci akses S3).",
      "S3_SECRET_ACCESS_KEY wajib diisi (kunci rahasia S3).",
    ]);
  });

  it("refuses invalid S3 settings", () => {
    const error = configError(() =>
      storageFromEnv("/data", { ...S3_ENV, S3_ENDPOINT: "minio:9000", S3_BUCKET: "Dokumen_Pemohon", S3_FORCE_PATH_STYLE: "mungkin" }),
    );
    expect(error.problems).toEqual([
      "S3_ENDPOINT harus berupa URL http:// atau https:// lengkap, misalnya https://minio.example.go.id:9000.",
      "S3_BUCKET bukan nama bucket yang sah (3–63 karakter: huruf kecil, angka, titik, tanda hubung).",
      'S3_FORCE_PATH_STYLE harus "true" atau "false" (tertulis "mungkin").',
    ]);
    expect(error.message).not.toContain("rahasia-sekali");
  });

  it("AWS S3: region defaults to us-east-1, virtual-hosted style", async () => {
    const storage = storageFromEnv("/data", S3_ENV);
    expect(await clientSettings(storage)).toMatchObject({ region: "us-east-1", forcePathStyle: false, endpoint: undefined });
    expect(storage.describe()).toBe("s3:bucket=perizinan-dokumen region=us-east-1");
  });

  it("S3-compatible endpoint: path style by default, and it can be turned off", async () => {
    const env = { ...S3_ENV, S3_ENDPOINT: "https://minio.dairikab.go.id:9000", S3_REGION: "ap-southeast-3" };
    const storage = storageFromEnv("/data", env);
    const settings = await clientSettings(storage);
    expect(settings).toMatchObject({ region: "ap-southeast-3", forcePathStyle: true });
    expect(settings.endpoint).toMatchObject({ hostname: "minio.dairikab.go.id", port: 9000, protocol: "https:" });
    expect((await clientSettings(storageFromEnv("/data", { ...env, S3_FORCE_PATH_STYLE: "false" }))).forcePathStyle).toBe(false);
    expect((await clientSettings(storageFromEnv("/data", { ...S3_ENV, S3_FORCE_PATH_STYLE: "1" }))).forcePathStyle).toBe(true);
  });

  it("describe() names the place but never the secret, nor credentials in the endpoint URL", () => {
    const storage = storageFromEnv("/data", { ...S3_ENV, S3_ENDPOINT: "http://user:pw@127.0.0.1:9000/" });
    const text = storage.describe();
    expect(text).toBe("s3:bucket=perizinan-dokumen region=us-east-1 endpoint=http://127.0.0.1:9000");
    expect(text).not.toMatch(/rahasia|AKIA|pw/);
  });
});
