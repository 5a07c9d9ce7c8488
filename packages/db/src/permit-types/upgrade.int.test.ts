import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { SOP_SIK_PEREKAM_MEDIS, validatePermitType, type PermitTypeDefinition } from "@perizinan/domain";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../client";
import { MIGRATIONS_DIR, testDatabaseUrl } from "../config";
import { deployMigrations, migrationStatus, type MigrationTarget } from "../migrate";
import { adminQuery, databaseUrlFor } from "../testing/templates";

/**
 * A database of the first wave (migrated up to the migration before the permit-type versions,
 * filled the way the first wave's code filled it) upgraded by the project's migrations: nothing
 * it held is lost, and what it becomes is a definition the domain accepts. Runs on the run's
 * PostgreSQL — the embedded server the global setup starts, or CI's TEST_DATABASE_URL.
 */
const UPGRADE = "20261203171451_permit_type_versions";

const FIVE_MB = 5 * 1024 * 1024;
/** What the first wave's seed (and its admin screen's default) accepted for every requirement, the pas foto included. */
const FIRST_WAVE_MIME_TYPES = ["application/pdf", "image/jpeg", "image/png"];
const NIK = "1211015204950001";

const ids = {
  office: "office_dairi",
  permitType: "pt_sik_pm",
  sopVersion: "sop_sik_pm_1",
  bookPermit: "book_permit",
  bookOutgoing: "book_outgoing",
  staff: "user_timteknis",
  kadis: "user_kadis",
  applicant: "user_pemohon",
  application: "app_1",
  issuedDocument: "doc_izin_1",
  permit: "permit_1",
};

let work: string;
let preUpgradeDir: string;
let preUpgradeMigrations: string[];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "perizinan-upgrade-"));
  preUpgradeDir = path.join(work, "migrations");
  const entries = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  expect(entries).toContain(UPGRADE);
  preUpgradeMigrations = entries.filter((name) => name < UPGRADE);
  for (const name of preUpgradeMigrations) await cp(path.join(MIGRATIONS_DIR, name), path.join(preUpgradeDir, name), { recursive: true });
  await cp(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(preUpgradeDir, "migration_lock.toml"));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

interface FreshDatabase {
  url: string;
  target: MigrationTarget;
  query: <T extends Record<string, unknown> = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
  close(): Promise<void>;
}

async function freshDatabase(): Promise<FreshDatabase> {
  const base = testDatabaseUrl();
  if (!base) throw new Error("TEST_DATABASE_URL belum diatur: jalankan lewat vitest.int.config.ts (global setup).");
  const name = `perizinan_upgrade_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await adminQuery(base, `CREATE DATABASE "${name}"`);
  const url = databaseUrlFor(base, name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    url,
    target: { kind: "postgres", connectionString: url },
    query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows,
    async close() {
      await client.end();
      await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** A database as the first wave left it: its migrations only, and its rows in its own columns. */
async function firstWaveDatabase(options: { pendingLetter?: boolean } = {}): Promise<FreshDatabase> {
  const db = await freshDatabase();
  expect(await deployMigrations(db.target, { migrationsDir: preUpgradeDir })).toEqual({ applied: preUpgradeMigrations });
  const q = db.query;
  const workingWeek = { 0: [], 1: [{ start: "08:00", end: "16:00" }], 2: [{ start: "08:00", end: "16:00" }], 3: [{ start: "08:00", end: "16:00" }], 4: [{ start: "08:00", end: "16:00" }], 5: [{ start: "08:00", end: "16:00" }], 6: [] };
  await q(
    `INSERT INTO "Office" ("id", "code", "name", "shortName", "regency", "governmentName", "address", "city", "timeZone", "workingWeek")
     VALUES ($1, 'DPMPTSP-DAIRI', 'Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Ketenagakerjaan', 'DPMPTSP Kabupaten Dairi',
             'Kabupaten Dairi', 'PEMERINTAH KABUPATEN DAIRI', 'Jl. Sisingamangaraja, Sidikalang', 'Sidikalang', 'Asia/Jakarta', $2::jsonb)`,
    [ids.office, JSON.stringify(workingWeek)],
  );
  await q(
    `INSERT INTO "PermitType" ("id", "officeId", "code", "name", "shortName", "description", "feeRupiah", "registrationPrefix", "validityRule", "legalBasis")
     VALUES ($1, $2, 'SIK-PEREKAM-MEDIS', 'Surat Izin Kerja Perekam Medis', 'SIK Perekam Medis',
             'Izin bagi tenaga perekam medis dan informasi kesehatan untuk bekerja pada fasilitas pelayanan kesehatan di Kabupaten Dairi.',
             0, 'PM', 'FOLLOW_STR', $3::text[])`,
    [ids.permitType, ids.office, ["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan", "Peraturan Menteri Kesehatan Nomor 55 Tahun 2013 tentang Penyelenggaraan Pekerjaan Perekam Medis"]],
  );
  const requirements = [
    { id: "req_permohonan", code: "SURAT_PERMOHONAN", position: 1, name: "Surat permohonan", description: "Surat permohonan izin kerja yang ditandatangani pemohon.", active: true },
    { id: "req_str", code: "STR", position: 2, name: "STR Perekam Medis (dilegalisir)", description: "Surat Tanda Registrasi Perekam Medis yang masih berlaku dan telah dilegalisir.", active: true },
    { id: "req_foto", code: "PAS_FOTO", position: 3, name: "Pas foto berwarna 4x6", description: "Pas foto berwarna terbaru ukuran 4x6.", active: true },
    // Switched off by the admin in the first wave: not part of what applicants are asked for.
    { id: "req_lama", code: "SURAT_LAMA", position: 4, name: "Persyaratan yang sudah tidak dipakai", description: "Dinonaktifkan.", active: false },
  ];
  for (const r of requirements) {
    await q(
      `INSERT INTO "Requirement" ("id", "permitTypeId", "code", "position", "name", "description", "maxBytes", "mimeTypes", "required", "active")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], true, $9)`,
      [r.id, ids.permitType, r.code, r.position, r.name, r.description, FIVE_MB, FIRST_WAVE_MIME_TYPES, r.active],
    );
  }
  await q(
    `INSERT INTO "SopVersion" ("id", "officeId", "permitTypeId", "code", "version", "definition", "publishedAt")
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, '2026-11-30T01:00:00Z')`,
    [ids.sopVersion, ids.office, ids.permitType, SOP_SIK_PEREKAM_MEDIS.code, SOP_SIK_PEREKAM_MEDIS.version, JSON.stringify(SOP_SIK_PEREKAM_MEDIS)],
  );
  await q(
    `INSERT INTO "AgendaBook" ("id", "officeId", "kind", "permitTypeId", "name", "format") VALUES
       ($1, $3, 'PERMIT', $4, 'Buku Agenda Penomoran Izin SIK Perekam Medis', '503/{seq}/SIK-PM/DPMPTSP/{year}'),
       ($2, $3, 'OUTGOING_LETTER', NULL, 'Buku Agenda Surat Keluar', '503/{seq}/DPMPTSP/{year}')`,
    [ids.bookPermit, ids.bookOutgoing, ids.office, ids.permitType],
  );
  await q(
    `INSERT INTO "User" ("id", "kind", "officeId", "name", "username", "nip", "jobTitle", "passwordHash", "updatedAt") VALUES
       ($1, 'STAFF', $3, 'dr. Lamhot Sihombing', 'timteknis', '198109092006041004', 'Anggota Tim Teknis (Dinas Kesehatan)', 'x', now()),
       ($2, 'STAFF', $3, 'OLOAN HASUGIAN, ST', 'kadis', '197508312003121003', 'Kepala Dinas', 'x', now())`,
    [ids.staff, ids.kadis, ids.office],
  );
  await q(`INSERT INTO "UserRole" ("userId", "role") VALUES ($1, 'TIM_TEKNIS'), ($2, 'KADIS')`, [ids.staff, ids.kadis]);
  await q(
    `INSERT INTO "User" ("id", "kind", "officeId", "name", "email", "nik", "phone", "passwordHash", "updatedAt")
     VALUES ($1, 'APPLICANT', NULL, 'Sari Manik', 'sari.manik@contoh.id', $2, '081260001111', 'x', now())`,
    [ids.applicant, NIK],
  );
  await q(`INSERT INTO "UserRole" ("userId", "role") VALUES ($1, 'PEMOHON')`, [ids.applicant]);
  const form = {
    fullName: "Sari Manik",
    nik: NIK,
    email: "sari.manik@contoh.id",
    phone: "081260001111",
    birthPlace: "Sidikalang",
    birthDate: "1995-04-12",
    address: "Jl. Pahlawan No. 3, Sidikalang",
    strNumber: "RM 42",
    strLifetime: true,
    strExpiry: null,
    facilityName: "RSUD Sidikalang",
    facilityAddress: "Jl. Rumah Sakit No. 19, Sidikalang",
  };
  await q(
    `INSERT INTO "Application" ("id", "officeId", "permitTypeId", "sopVersionId", "applicantId", "registrationNumber", "status", "currentStep",
                                "stepStartedAt", "state", "version", "form", "updatedAt", "submittedAt", "closedAt")
     VALUES ($1, $2, $3, $4, $5, 'PM-20261130-ABCDE', 'ISSUED', 23, '2026-12-01T03:00:00Z', '{}'::jsonb, 23, $6::jsonb, now(),
             '2026-11-30T02:00:00Z', '2026-12-01T03:00:00Z')`,
    [ids.application, ids.office, ids.permitType, ids.sopVersion, ids.applicant, JSON.stringify(form)],
  );
  await q(
    `INSERT INTO "IssuedDocument" ("id", "officeId", "applicationId", "kind", "step", "number", "storageKey", "sha256", "sizeBytes", "createdById", "signedById", "signedAt")
     VALUES ($1, $2, $3, 'SURAT_IZIN', 22, '503/1/SIK-PM/DPMPTSP/2026', 'documents/ab/cd', $4, 12345, $5, $5, '2026-12-01T02:00:00Z')`,
    [ids.issuedDocument, ids.office, ids.application, "a".repeat(64), ids.kadis],
  );
  await q(
    `INSERT INTO "Permit" ("id", "officeId", "applicationId", "permitTypeId", "number", "holderName", "strNumber", "facilityName", "validUntil",
                           "issuedAt", "signedById", "signedByName", "signedByTitle", "signedByNip", "signedAt", "documentSha256")
     VALUES ($1, $2, $3, $4, '503/1/SIK-PM/DPMPTSP/2026', 'Sari Manik', 'RM 42', 'RSUD Sidikalang', NULL,
             '2026-12-01T02:00:00Z', $5, 'OLOAN HASUGIAN, ST', 'Kepala Dinas', '197508312003121003', '2026-12-01T02:00:00Z', $6)`,
    [ids.permit, ids.office, ids.application, ids.permitType, ids.kadis, "a".repeat(64)],
  );
  if (options.pendingLetter) {
    await q(
      `INSERT INTO "PendingLetter" ("id", "officeId", "applicationId", "eventSeq", "kind", "step", "number", "isDraft", "input", "createdById", "createdAt")
       VALUES ('pending_1', $1, $2, 21, 'BERITA_ACARA', 6, NULL, false, '{}'::jsonb, $3, now())`,
      [ids.office, ids.application, ids.staff],
    );
  }
  return db;
}

describe("upgrading a first-wave database to versioned permit types", () => {
  let legacy: FreshDatabase;
  let prisma: Db;
  let applied: string[];

  beforeAll(async () => {
    legacy = await firstWaveDatabase();
    ({ applied } = await deployMigrations(legacy.target));
    prisma = createDb(legacy.url, { maxConnections: 2 });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await legacy?.close();
  });

  const definitionOf = async (): Promise<PermitTypeDefinition> => {
    const version = await prisma.permitTypeVersion.findFirstOrThrow();
    return version.definition as unknown as PermitTypeDefinition;
  };

  it("applies the permit-type-version migration to the filled database", () => {
    expect(applied).toContain(UPGRADE);
  });

  it("turns the published SOP version into one published permit-type version, which the SOP version and the file point at", async () => {
    const versions = await prisma.permitTypeVersion.findMany();
    expect(versions).toHaveLength(1);
    const [version] = versions;
    expect(version).toMatchObject({ permitTypeId: ids.permitType, officeId: ids.office, status: "PUBLISHED", version: SOP_SIK_PEREKAM_MEDIS.version });
    const sop = await prisma.sopVersion.findUniqueOrThrow({ where: { id: ids.sopVersion } });
    expect(version!.version).toBe(sop.version);
    expect(sop.permitTypeVersionId).toBe(version!.id);
    expect(sop.applicationKind).toBe("NEW");
    const application = await prisma.application.findUniqueOrThrow({ where: { id: ids.application } });
    expect(application.permitTypeVersionId).toBe(version!.id);
  });

  it("builds a definition the domain accepts for an office whose technical agency is DINKES", async () => {
    const result = validatePermitType(await definitionOf(), { technicalAgencies: ["DINKES"] });
    const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(result.ok, `definisi hasil migrasi tidak sah:\n${problems.join("\n")}`).toBe(true);
  });

  it("carries over the active requirements in order, the pas foto as the photo, and leaves out the inactive one", async () => {
    const { requirements } = await definitionOf();
    expect(requirements.map((r) => [r.code, r.kind])).toEqual([
      ["SURAT_PERMOHONAN", "DOCUMENT"],
      ["STR", "DOCUMENT"],
      ["PAS_FOTO", "PHOTO"],
    ]);
    expect(requirements[0]).toMatchObject({ label: "Surat permohonan", help: "Surat permohonan izin kerja yang ditandatangani pemohon.", maxBytes: FIVE_MB, required: true });
  });

  it("carries over both agenda books: the permit book as the type's own, the outgoing-letter book as the office's", async () => {
    const { books } = await definitionOf();
    expect(books).toEqual(
      expect.arrayContaining([
        { code: "PERMIT", name: "Buku Agenda Penomoran Izin SIK Perekam Medis", format: "503/{seq}/SIK-PM/DPMPTSP/{year}", scope: "PERMIT_TYPE" },
        { code: "OUTGOING_LETTER", name: "Buku Agenda Surat Keluar", format: "503/{seq}/DPMPTSP/{year}", scope: "OFFICE" },
      ]),
    );
    expect(books).toHaveLength(2);
  });

  it("keeps the SOP's flow and gives the step that makes the Berita Acara its officer fields", async () => {
    const definition = await definitionOf();
    const flow = definition.flows.NEW;
    expect(flow.steps.map((s) => s.no)).toEqual(SOP_SIK_PEREKAM_MEDIS.steps.map((s) => s.no));
    const inspection = flow.steps.find((s) => s.markers?.produces === "BERITA_ACARA");
    expect(inspection?.fields?.map((f) => f.code)).toEqual(["tanggalPeninjauan", "jamPeninjauan", "tempatPeninjauan", "hasilPeninjauan"]);
    expect(definition).toMatchObject({ code: "SIK-PEREKAM-MEDIS", registrationPrefix: "PM", technicalAgency: "DINKES", applicant: "PERSON" });
  });

  it("keeps the issued letter's kind and the agenda books' kinds, now as text codes", async () => {
    const doc = await prisma.issuedDocument.findUniqueOrThrow({ where: { id: ids.issuedDocument } });
    expect(doc.kind).toBe("SURAT_IZIN");
    const books = await prisma.agendaBook.findMany({ orderBy: { code: "asc" } });
    expect(books.map((b) => [b.id, b.code, b.permitTypeId])).toEqual([
      [ids.bookOutgoing, "OUTGOING_LETTER", null],
      [ids.bookPermit, "PERMIT", ids.permitType],
    ]);
  });

  it("moves the permit's STR number and workplace into its details and fills its holder's NIK, validity sentence and version", async () => {
    const permit = await prisma.permit.findUniqueOrThrow({ where: { id: ids.permit } });
    expect(permit.holderIdNumber).toBe(NIK);
    expect(permit.details).toEqual([
      { label: "Nomor STR", value: "RM 42" },
      { label: "Tempat bekerja", value: "RSUD Sidikalang" },
    ]);
    expect(permit.validityText.trim()).not.toBe("");
    expect(permit.permitTypeVersionId).toBe(`ptv_${ids.sopVersion}`);
    expect(permit).toMatchObject({ number: "503/1/SIK-PM/DPMPTSP/2026", holderName: "Sari Manik", validUntil: null });
  });

  it("puts the office's Tim Teknis member, and not the applicant or other staff, in a new DINKES technical agency", async () => {
    const agencies = await prisma.technicalAgency.findMany({ include: { members: { select: { id: true } } } });
    expect(agencies).toHaveLength(1);
    expect(agencies[0]).toMatchObject({ officeId: ids.office, code: "DINKES" });
    expect(agencies[0]!.members.map((m) => m.id)).toEqual([ids.staff]);
    const applicant = await prisma.user.findUniqueOrThrow({ where: { id: ids.applicant } });
    expect(applicant.technicalAgencyId).toBeNull();
  });
});

describe("upgrading while letters still wait to be rendered", () => {
  let legacy: FreshDatabase;

  beforeAll(async () => {
    legacy = await firstWaveDatabase({ pendingLetter: true });
  });

  afterAll(async () => {
    await legacy?.close();
  });

  it("is refused with the message about PendingLetter and leaves the database as it was", async () => {
    await expect(deployMigrations(legacy.target)).rejects.toThrow(/Masih ada surat yang menunggu dibuat \(tabel PendingLetter\)/);

    const status = await migrationStatus(legacy.target);
    expect(status.applied).toEqual(preUpgradeMigrations);
    expect(status.applied).not.toContain(UPGRADE);
    const recorded = await legacy.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL`, [UPGRADE]);
    expect(recorded).toEqual([{ n: 0 }]);

    const tables = await legacy.query(`SELECT to_regclass('"PermitTypeVersion"')::text AS ptv, to_regclass('"TechnicalAgency"')::text AS agency`);
    expect(tables).toEqual([{ ptv: null, agency: null }]);
    const kinds = await legacy.query(
      `SELECT table_name, column_name, udt_name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'kind' AND table_name IN ('IssuedDocument', 'PendingLetter', 'AgendaBook') ORDER BY table_name`,
    );
    expect(kinds).toEqual([
      { table_name: "AgendaBook", column_name: "kind", udt_name: "AgendaBookKind" },
      { table_name: "IssuedDocument", column_name: "kind", udt_name: "LetterKind" },
      { table_name: "PendingLetter", column_name: "kind", udt_name: "LetterKind" },
    ]);
    expect(await legacy.query(`SELECT "strNumber", "facilityName" FROM "Permit"`)).toEqual([{ strNumber: "RM 42", facilityName: "RSUD Sidikalang" }]);
    expect(await legacy.query(`SELECT "id", "kind"::text AS kind FROM "PendingLetter"`)).toEqual([{ id: "pending_1", kind: "BERITA_ACARA" }]);
  });

  it("upgrades on the next deploy once the previous release has rendered the queue", async () => {
    await legacy.query(`DELETE FROM "PendingLetter"`);
    const { applied: now } = await deployMigrations(legacy.target);
    expect(now).toContain(UPGRADE);
    expect(await legacy.query(`SELECT count(*)::int AS n FROM "PermitTypeVersion"`)).toEqual([{ n: 1 }]);
  });
});
