/**
 * `npm run db:backup [-- --out <berkas>]` — the database and every document it refers to in one
 * archive, by default `<DATA_DIR>/backups/perizinan-<waktu setempat>.tar.gz` (mode 0600). Uses
 * DATABASE_URL, else the embedded server `npm start` runs, else one started for the command.
 */
import { parseArgs } from "node:util";
import { databaseUrl, dataDir } from "@perizinan/db/config";
import { withDatabaseUrl } from "@perizinan/db/embedded";
import { describeTarget } from "@perizinan/db/migrate";
import { storageFromEnv } from "@perizinan/storage";
import { createBackup, defaultBackupFile } from "../backup";
import { backupSummary } from "../summary";
import { finish, operatorPath } from "./args";

const USAGE = "Pemakaian: npm run db:backup [-- --out <berkas.tar.gz>]";

async function main(argv: string[]): Promise<number> {
  let out: string | undefined;
  try {
    ({ out } = parseArgs({ args: argv, options: { out: { type: "string" } }, strict: true }).values);
  } catch (error) {
    console.error(`Argumen tidak dikenali (${(error as Error).message}).\n${USAGE}`);
    return 2;
  }
  const storage = storageFromEnv(dataDir());
  const outFile = out ? operatorPath(out) : defaultBackupFile(dataDir());
  const result = await withDatabaseUrl(databaseUrl(), dataDir(), (url) => {
    console.log(`Database: ${describeTarget({ kind: "postgres", connectionString: url })}; dokumen: ${storage.describe()}`);
    return createBackup({ databaseUrl: url, storage, outFile });
  });
  for (const line of backupSummary(result)) console.log(line);
  return 0;
}

finish(main(process.argv.slice(2)), "Cadangan gagal");
