/**
 * `npm run db:restore -- <berkas> [--replace]` — checks the whole archive first (nothing changes
 * on a bad one), then writes its documents to storage and loads the database in one transaction.
 * Same database choice as db:backup: DATABASE_URL, the running embedded server, or one started.
 */
import { parseArgs } from "node:util";
import { databaseUrl, dataDir } from "@perizinan/db/config";
import { withDatabaseUrl } from "@perizinan/db/embedded";
import { describeTarget } from "@perizinan/db/migrate";
import { storageFromEnv } from "@perizinan/storage";
import { restoreVerified } from "../restore";
import { verifyArchive } from "../verify";
import { restoreSummary } from "../summary";
import { finish, operatorPath } from "./args";

const USAGE = `Pemakaian: npm run db:restore -- <berkas.tar.gz> [--replace]
  --replace   ganti isi database tujuan yang sudah berisi tabel (tanpa ini pemulihan ditolak)`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { replace: { type: "boolean", default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`Argumen tidak dikenali (${(error as Error).message}).\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const storage = storageFromEnv(dataDir());
  console.log(`Memeriksa arsip ${operatorPath(file)} …`);
  // Before any database is reached (or an embedded one started): a bad archive changes nothing.
  const archive = await verifyArchive(operatorPath(file));
  try {
    console.log(`Arsip utuh: cadangan ${archive.manifest.createdAt}.`);
    const result = await withDatabaseUrl(databaseUrl(), dataDir(), (url) => {
      console.log(`Memulihkan ke ${describeTarget({ kind: "postgres", connectionString: url })}; dokumen: ${storage.describe()}`);
      return restoreVerified(archive, { databaseUrl: url, storage, replace: parsed.values.replace });
    });
    for (const line of restoreSummary(result)) console.log(line);
    return 0;
  } finally {
    await archive.dispose();
  }
}

finish(main(process.argv.slice(2)), "Pemulihan gagal");
