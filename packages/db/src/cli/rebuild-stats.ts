/**
 * `npm run db:stats:rebuild` — derives the dashboard rows (StepStay, FileSummary) of every file
 * again from its events and the calendar as it is now. Never needed in normal work (they are kept
 * in the same transaction as every event and after holiday changes); useful after restoring a
 * backup of FileEvent alone, or after a change to how figures are derived. `--missing` derives only
 * files that have none yet.
 */
import { createDb } from "../client";
import { databaseUrl, dataDir } from "../config";
import { withDatabaseUrl } from "../embedded";
import { rebuildStats } from "../files/stats";

try {
  await withDatabaseUrl(databaseUrl(), dataDir(), async (url) => {
    const db = createDb(url);
    try {
      const started = Date.now();
      const total = await rebuildStats(db, {
        onlyMissing: process.argv.includes("--missing"),
        onProgress: (done, all) => process.stdout.write(`\r${done}/${all} berkas`),
      });
      console.log(`\nAngka dasbor diturunkan ulang untuk ${total} berkas dalam ${((Date.now() - started) / 1000).toFixed(1)} detik.`);
    } finally {
      await db.$disconnect();
    }
  });
} catch (error) {
  console.error(`Gagal menurunkan ulang angka dasbor: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
