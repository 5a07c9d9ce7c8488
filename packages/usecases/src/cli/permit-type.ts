/**
 * A permit type as a file.
 *
 *   npm run permit-type:export -- <kode> [--out <berkas.json>] [--office <kode kantor>]
 *   npm run permit-type:import -- <berkas.json> [--office <kode kantor>]
 *
 * Export prints the newest published version of the type as a document (or writes it to --out);
 * import reads one: a new code becomes a new type, a known code that type's next version. A
 * refused import prints every problem at its path and exits 1; nothing is changed. The office is
 * the database's only office, or the one --office names. Uses DATABASE_URL, else the embedded
 * server `npm start` runs, else one started for the command.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, type Db } from "@perizinan/db";
import { databaseUrl, dataDir } from "@perizinan/db/config";
import { withDatabaseUrl } from "@perizinan/db/embedded";
import { operatorCwd } from "../config";
import { isAppError } from "../errors";
import { exportDefinition, importDefinition, judgeDocument } from "../permit-types/drafts";

const USAGE = [
  "Pemakaian:",
  "  npm run permit-type:export -- <kode jenis izin> [--out <berkas.json>] [--office <kode kantor>]",
  "  npm run permit-type:import -- <berkas.json> [--office <kode kantor>]",
].join("\n");

/** Exit codes: 0 done, 1 refused or failed, 2 not understood. */
type Exit = 0 | 1 | 2;

async function officeOf(db: Db, code: string | undefined): Promise<{ id: string; name: string }> {
  if (code) {
    const office = await db.office.findUnique({ where: { code }, select: { id: true, name: true } });
    if (!office) throw new Error(`Kantor dengan kode ${code} tidak ditemukan.`);
    return office;
  }
  const offices = await db.office.findMany({ select: { id: true, name: true, code: true }, orderBy: { code: "asc" } });
  if (offices.length === 0) throw new Error("Belum ada kantor di basis data ini. Jalankan `npm run db:seed` atau siapkan kantor terlebih dahulu.");
  if (offices.length > 1) throw new Error(`Ada ${offices.length} kantor; sebutkan salah satu dengan --office <kode> (${offices.map((o) => o.code).join(", ")}).`);
  return offices[0]!;
}

async function runExport(db: Db, code: string, options: { out?: string; office?: string }): Promise<Exit> {
  const office = await officeOf(db, options.office);
  const document = await exportDefinition(db, { officeId: office.id, code });
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (!options.out) {
    process.stdout.write(text);
    return 0;
  }
  const file = path.resolve(operatorCwd(), options.out);
  fs.writeFileSync(file, text);
  console.log(`Jenis izin ${document.definition.code} (${document.definition.name}) diekspor ke ${file}.`);
  return 0;
}

async function runImport(db: Db, fileArg: string, options: { office?: string }): Promise<Exit> {
  const file = path.resolve(operatorCwd(), fileArg);
  if (!fs.existsSync(file)) {
    console.error(`Berkas ${file} tidak ditemukan.`);
    return 1;
  }
  let document: unknown;
  try {
    document = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`Berkas ${file} bukan JSON yang sah: ${(error as Error).message}`);
    return 1;
  }
  const office = await officeOf(db, options.office);
  // Judged first to print every problem on its own line; the import judges it again in its transaction.
  const judged = await judgeDocument(db, office.id, document);
  if (!judged.ok) {
    console.error(`Dokumen tidak dapat diimpor. Perbaiki ${judged.problems.length} masalah berikut (tidak ada yang diubah):`);
    for (const p of judged.problems) console.error(`  - ${p.path || "(dokumen)"}: ${p.message}`);
    return 1;
  }
  try {
    const imported = await importDefinition(db, { officeId: office.id, by: null, document });
    console.log(
      imported.created
        ? `Jenis izin ${imported.code} dibuat di ${office.name} dan diterbitkan sebagai versi ${imported.version}.`
        : `Jenis izin ${imported.code} diterbitkan sebagai versi ${imported.version}. Berkas yang sedang berjalan tetap memakai versinya.`,
    );
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(error.message);
    return 1;
  }
}

async function main(argv: string[]): Promise<Exit> {
  let parsed: { values: { out?: string; office?: string }; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { out: { type: "string" }, office: { type: "string" } } });
  } catch (error) {
    console.error(`Argumen tidak dikenali (${(error as Error).message}).\n${USAGE}`);
    return 2;
  }
  const [command, target, ...rest] = parsed.positionals;
  if (!target || rest.length > 0 || (command !== "export" && command !== "import") || (command === "import" && parsed.values.out)) {
    console.error(USAGE);
    return 2;
  }
  return withDatabaseUrl(databaseUrl(), dataDir(), async (url) => {
    const db = createDb(url);
    try {
      return command === "export" ? await runExport(db, target, parsed.values) : await runImport(db, target, parsed.values);
    } finally {
      await db.$disconnect();
    }
  });
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
