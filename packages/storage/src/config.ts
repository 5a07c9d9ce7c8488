import path from "node:path";
import { z } from "zod";
import { LocalDiskStorage } from "./local-disk";
import { S3Storage } from "./s3";
import type { DocumentStorage } from "./storage";

/** The storage settings are missing or wrong; the message lists every problem, in Indonesian. */
export class StorageConfigError extends Error {
  override readonly name = "StorageConfigError";
  constructor(readonly problems: string[]) {
    super(`Pengaturan penyimpanan dokumen tidak sah:\n- ${problems.join("\n- ")}`);
  }
}

/** Unset and blank (as `.env` files often leave them) are the same: not given. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const required = (name: string, what: string) =>
  optionalText.transform((value, ctx) => {
    if (value !== undefined) return value;
    ctx.addIssue({ code: "custom", message: `${name} wajib diisi (${what}).` });
    return z.NEVER;
  });

const driverSchema = optionalText.pipe(
  z.enum(["local", "s3"], {
    error: (issue) =>
      `STORAGE_DRIVER harus "local" atau "s3" (tertulis ${JSON.stringify(issue.input)}).`,
  }).default("local"),
);

const endpointSchema = optionalText.refine(
  (value) => {
    if (value === undefined) return true;
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
    } catch {
      return false;
    }
  },
  { error: "S3_ENDPOINT harus berupa URL http:// atau https:// lengkap, misalnya https://minio.example.go.id:9000." },
);

const booleanSchema = optionalText.transform((value, ctx) => {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (["true", "1", "yes", "ya"].includes(lower)) return true;
  if (["false", "0", "no", "tidak"].includes(lower)) return false;
  ctx.addIssue({ code: "custom", message: `S3_FORCE_PATH_STYLE harus "true" atau "false" (tertulis ${JSON.stringify(value)}).` });
  return z.NEVER;
});

const s3Schema = z.object({
  S3_ENDPOINT: endpointSchema,
  S3_REGION: optionalText.transform((value) => value ?? "us-east-1"),
  S3_BUCKET: required("S3_BUCKET", "nama bucket tempat dokumen disimpan").refine(
    (value) => /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(value),
    { error: "S3_BUCKET bukan nama bucket yang sah (3–63 karakter: huruf kecil, angka, titik, tanda hubung)." },
  ),
  S3_ACCESS_KEY_ID: required("S3_ACCESS_KEY_ID", "kunci akses S3"),
  S3_SECRET_ACCESS_KEY: required("S3_SECRET_ACCESS_KEY", "kunci rahasia S3"),
  S3_FORCE_PATH_STYLE: booleanSchema,
});

type Env = Record<string, string | undefined>;

/**
 * The document storage the settings ask for:
 * - `STORAGE_DRIVER=local` (default): files under `${dataDir}/uploads`.
 * - `STORAGE_DRIVER=s3`: `S3_BUCKET`, `S3_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY` required; `S3_ENDPOINT` for
 *   S3-compatible services; `S3_REGION` (default us-east-1); `S3_FORCE_PATH_STYLE` (default true when an
 *   endpoint is given, else false).
 * Throws StorageConfigError listing every missing or invalid setting.
 */
export function storageFromEnv(dataDir: string, env: Env = process.env): DocumentStorage {
  const driver = driverSchema.safeParse(env.STORAGE_DRIVER);
  if (!driver.success) throw new StorageConfigError(messages(driver.error));

  if (driver.data === "local") {
    if (typeof dataDir !== "string" || dataDir.trim() === "") {
      throw new StorageConfigError(["Direktori data (dataDir) kosong; penyimpanan lokal tidak tahu di mana menyimpan dokumen."]);
    }
    return new LocalDiskStorage(path.join(dataDir, "uploads"));
  }

  const s3 = s3Schema.safeParse(env);
  if (!s3.success) throw new StorageConfigError(messages(s3.error));
  const settings = s3.data;
  return new S3Storage({
    ...(settings.S3_ENDPOINT === undefined ? {} : { endpoint: settings.S3_ENDPOINT }),
    region: settings.S3_REGION,
    bucket: settings.S3_BUCKET,
    accessKeyId: settings.S3_ACCESS_KEY_ID,
    secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE ?? settings.S3_ENDPOINT !== undefined,
  });
}

function messages(error: z.ZodError): string[] {
  return error.issues.map((issue) => issue.message);
}
