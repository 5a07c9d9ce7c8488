import { isStorageKey, sha256OfKey } from "@perizinan/storage";
import { z } from "zod";

/**
 * The archive's layout, version 1:
 *
 *   manifest.json                   what follows, with a SHA-256 for every file
 *   tables/<table>.copy             one table's rows in PostgreSQL's COPY text format
 *   documents/sha256/ab/cd/<hex>    one stored document, under its storage key
 *
 * COPY's text format writes exactly one line per row (newlines inside values are escaped), so a
 * table file's row count can be checked without a database.
 */
export const FORMAT = "perizinan-backup";
export const FORMAT_VERSION = 1;
export const TABLE_FORMAT = "postgresql-copy-text";
export const MANIFEST_FILE = "manifest.json";

/** Prisma's own bookkeeping table: restored like any other, but not created by a migration. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

/** Where a table's data lives in the archive; derived from the name, never read from the manifest. */
export function tableFile(table: string): string {
  return `tables/${encodeURIComponent(table)}.copy`;
}

/** Where a document lives in the archive: its (validated) storage key below documents/. */
export function documentFile(key: string): string {
  sha256OfKey(key);
  return `documents/${key}`;
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "bukan SHA-256");
const count = z.number().int().nonnegative();

const migrationSchema = z.object({ name: z.string().min(1), checksum: sha256 });

const tableSchema = z.object({
  name: z.string().min(1),
  /** Explicit, so that loading does not depend on the physical column order of the target. */
  columns: z.array(z.string().min(1)).min(1),
  rows: count,
  sha256,
  sizeBytes: count,
});

const sequenceSchema = z.object({
  name: z.string().min(1),
  /** A bigint, kept as text so no precision is lost in JSON. */
  lastValue: z.string().regex(/^-?\d+$/),
  isCalled: z.boolean(),
});

const documentSchema = z
  .object({ key: z.string().refine(isStorageKey, "bukan kunci penyimpanan"), sha256, sizeBytes: count })
  .refine((d) => sha256OfKey(d.key) === d.sha256, "kunci dan SHA-256 dokumen tidak cocok");

const unique = <T>(items: T[], keyOf: (item: T) => string) => new Set(items.map(keyOf)).size === items.length;

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  tableFormat: z.literal(TABLE_FORMAT),
  source: z.object({ serverVersion: z.string() }),
  migrations: z.array(migrationSchema).refine((m) => unique(m, (x) => x.name), "migrasi tercatat dua kali"),
  tables: z
    .array(tableSchema)
    .refine((t) => unique(t, (x) => x.name), "tabel tercatat dua kali")
    .refine((t) => t.some((x) => x.name === MIGRATIONS_TABLE), `tabel ${MIGRATIONS_TABLE} tidak ada`),
  sequences: z.array(sequenceSchema).refine((s) => unique(s, (x) => x.name), "sequence tercatat dua kali"),
  documents: z.array(documentSchema).refine((d) => unique(d, (x) => x.key), "dokumen tercatat dua kali"),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestMigration = z.infer<typeof migrationSchema>;
export type ManifestTable = z.infer<typeof tableSchema>;
export type ManifestSequence = z.infer<typeof sequenceSchema>;
export type ManifestDocument = z.infer<typeof documentSchema>;

export type ManifestReading = { ok: true; manifest: Manifest } | { ok: false; problem: string };

/**
 * Reads manifest.json's text. Format and version are checked before the rest so that a foreign
 * file, or one from a newer version of this system, gets the message that says so.
 */
export function parseManifest(text: string): ManifestReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: `Arsip ini bukan cadangan sistem perizinan (${MANIFEST_FILE} bukan JSON).` };
  }
  const head = z.object({ format: z.unknown(), formatVersion: z.unknown() }).partial().safeParse(raw);
  if (!head.success || head.data.format !== FORMAT) {
    return { ok: false, problem: `Arsip ini bukan cadangan sistem perizinan (${MANIFEST_FILE} tidak bertanda "${FORMAT}").` };
  }
  if (head.data.formatVersion !== FORMAT_VERSION) {
    return {
      ok: false,
      problem: `Cadangan ini memakai format versi ${JSON.stringify(head.data.formatVersion)}; versi aplikasi ini hanya mengenal versi ${FORMAT_VERSION} (cadangan dari versi yang lebih baru?).`,
    };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".") || "(akar)"}: ${issue.message}`);
    return { ok: false, problem: `${MANIFEST_FILE} cadangan ini rusak: ${details.join("; ")}.` };
  }
  return { ok: true, manifest: parsed.data };
}
