/**
 * `npm run db:seed` — seeds the demo office (idempotent). `--if-empty` seeds only a new database;
 * `--print-accounts` lists the demo accounts afterwards. Without DATABASE_URL it serves the
 * embedded data directory for the duration of the command.
 */
import { storageFromEnv } from "@perizinan/storage";
import { createDb } from "../client";
import { databaseUrl, dataDir } from "../config";
import { withDatabaseUrl } from "../embedded";
import { rebuildStats } from "../files/stats";
import { DEMO_APPLICANTS, DEMO_PASSWORD, DEMO_STAFF, seed } from "../seed";

async function seedDatabase(url: string): Promise<void> {
  const db = createDb(url);
  try {
    if (process.argv.includes("--if-empty") && (await db.office.count()) > 0) {
      console.log("Data contoh sudah ada; pengisian dilewati.");
      // Still derive the dashboard figures of files from before they existed.
      const derived = await rebuildStats(db, { onlyMissing: true });
      if (derived > 0) console.log(`Angka dasbor diturunkan untuk ${derived} berkas lama.`);
    } else {
      const { created } = await seed(db, new Date(), storageFromEnv(dataDir()));
      console.log(created ? "Data contoh dibuat." : "Data contoh sudah ada; yang kurang dilengkapi.");
    }
  } finally {
    await db.$disconnect();
  }
}

try {
  await withDatabaseUrl(databaseUrl(), dataDir(), seedDatabase);
} catch (error) {
  console.error(`Gagal mengisi data contoh: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

if (process.argv.includes("--print-accounts")) {
  console.log(`Akun contoh (kata sandi semua akun: ${DEMO_PASSWORD})`);
  console.log("  Back office (nama pengguna → peran):");
  for (const s of DEMO_STAFF) console.log(`    ${s.username.padEnd(12)} ${s.roles.join(", ")}  (${s.name})`);
  console.log("  Portal (email):");
  for (const a of DEMO_APPLICANTS) console.log(`    ${a.email}  (${a.name})`);
}
