// Renders one sample of each letter (final, plus a draft of the SIK) and the monthly report to a
// folder for a look:
//   npx tsx render-samples.ts [/tmp/letters-samples]
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LETTER_KINDS, renderLetter, renderMonthlyReport } from "./src/index";
import { sample } from "./src/testing/fixtures";
import { reportSample } from "./src/testing/report-fixtures";

const out = process.argv[2] ?? "/tmp/letters-samples";
await mkdir(out, { recursive: true });
for (const kind of LETTER_KINDS) {
  await writeFile(join(out, `${kind}.pdf`), await renderLetter(sample(kind)));
}
await writeFile(join(out, "SURAT_IZIN-DRAF.pdf"), await renderLetter(sample("SURAT_IZIN", true)));
// A rejection long enough to flow onto page 2.
const long = sample("SURAT_PENOLAKAN", true);
if (long.kind === "SURAT_PENOLAKAN") {
  long.reasons = Array.from(
    { length: 12 },
    (_, i) =>
      `Alasan penolakan nomor ${i + 1}: dokumen persyaratan yang dilampirkan belum memenuhi ketentuan yang berlaku dan perlu dilengkapi sesuai dengan Standar Pelayanan.`,
  );
}
await writeFile(join(out, "SURAT_PENOLAKAN-PANJANG-DRAF.pdf"), await renderLetter(long));
await writeFile(join(out, "LAPORAN_BULANAN.pdf"), await renderMonthlyReport(reportSample()));
console.log(`samples written to ${out}`);
