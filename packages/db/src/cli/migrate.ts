/**
 * `tsx src/cli/migrate.ts deploy | create <nama> | check | status`
 * Replaces `prisma migrate …`, whose native schema engine cannot be downloaded here (nor on
 * air-gapped servers). Exit code 1 whenever something needs attention, 2 on wrong usage.
 */
import path from "node:path";
import { MIGRATIONS_DIR, databaseUrl, dataDir } from "../config";
import { hasEmbeddedCluster } from "../embedded";
import {
  checkDrift,
  checkSchemaHasMigrations,
  createMigration,
  deployMigrations,
  describeTarget,
  migrationStatus,
  targetFromEnv,
  type MigrationTarget,
} from "../migrate";

const USAGE = `Pemakaian: migrate.ts <perintah>
  deploy          terapkan semua migrasi tertunda ke database
  create <nama>   buat migrasi baru dari perubahan prisma/schema.prisma
  check           pastikan setiap perubahan skema punya migrasi (dan database tidak menyimpang)
  status          tampilkan migrasi yang sudah dan belum diterapkan`;

async function withTarget<T>(work: (target: MigrationTarget) => Promise<T>): Promise<T> {
  const { target, close } = await targetFromEnv();
  try {
    console.log(`Database: ${describeTarget(target)}`);
    return await work(target);
  } finally {
    await close();
  }
}

async function deploy(): Promise<number> {
  const { applied } = await withTarget((t) => deployMigrations(t));
  if (applied.length === 0) console.log("Tidak ada migrasi tertunda.");
  for (const name of applied) console.log(`Migrasi diterapkan: ${name}`);
  return 0;
}

async function create(name: string | undefined): Promise<number> {
  if (!name) {
    console.error("Nama migrasi wajib diisi, mis.: npm run db:migration:create -- tambah_kolom_status");
    return 2;
  }
  const { created, sql } = await createMigration(name);
  if (!created) {
    console.log("Skema tidak berubah; tidak ada migrasi yang dibuat.");
    return 0;
  }
  const file = path.relative(process.cwd(), path.join(MIGRATIONS_DIR, created, "migration.sql"));
  console.log(`Migrasi dibuat: ${file}\n\n${sql}`);
  console.log("Periksa SQL di atas, lalu jalankan `npm run db:migrate` untuk menerapkannya.");
  return 0;
}

async function status(): Promise<number> {
  const { applied, pending, problems } = await withTarget((t) => migrationStatus(t));
  console.log(`Sudah diterapkan: ${applied.length}`);
  for (const name of pending) console.log(`Tertunda: ${name}`);
  for (const problem of problems) console.log(`Masalah: ${problem}`);
  if (pending.length === 0 && problems.length === 0) console.log("Tidak ada migrasi tertunda.");
  return pending.length || problems.length ? 1 : 0;
}

/** A database is checked only where one exists: never create an empty cluster just to compare. */
function hasDatabase(): boolean {
  return databaseUrl() !== undefined || hasEmbeddedCluster(dataDir());
}

async function check(): Promise<number> {
  let failed = false;
  const schema = await checkSchemaHasMigrations();
  if (schema.ok) {
    console.log("Setiap perubahan skema sudah punya migrasi.");
  } else {
    failed = true;
    console.error(`Skema memiliki perubahan tanpa migrasi:\n\n${schema.sql}`);
    console.error("Buat migrasinya: npm run db:migration:create -- <nama>");
  }

  if (!hasDatabase()) {
    console.log("Tidak ada database (DATABASE_URL kosong, basis data tertanam belum dibuat); pemeriksaan penyimpangan dilewati.");
    return failed ? 1 : 0;
  }
  await withTarget(async (target) => {
    const { pending, problems } = await migrationStatus(target);
    for (const name of pending) console.error(`Migrasi tertunda: ${name} (jalankan npm run db:migrate)`);
    for (const problem of problems) console.error(`Masalah: ${problem}`);
    const drift = await checkDrift(target);
    if (drift.ok) console.log("Database sesuai dengan skema.");
    else console.error(`Database menyimpang dari skema; SQL untuk menyamakannya:\n\n${drift.sql}`);
    failed ||= pending.length > 0 || problems.length > 0 || !drift.ok;
  });
  return failed ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "deploy":
      return deploy();
    case "create":
      return create(rest.join(" ") || undefined);
    case "check":
      return check();
    case "status":
      return status();
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Gagal: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
