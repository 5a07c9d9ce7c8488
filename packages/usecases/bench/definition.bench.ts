/**
 * `npm run bench:definition -w @perizinan/usecases [-- --runs=N]`: what a permit type defined as
 * data costs per request, against the first wave's hard-coded form and letter (commit eb2c7cd, the
 * last before the definition drove them), p50/p95 in the same process conditions:
 * - validating a submission: the zod schema built from the definition's field descriptors and the
 *   answers parsed (what the API does on every submit), against the hand-written schema;
 * - building the permit letter: placeholders filled from the definition's template and the PDF
 *   rendered, against the hand-written permit renderer with its fixture.
 * Both sides render without the emblem (the first wave had none). Measures; asserts nothing. The
 * baseline runs from `git archive` of that commit, so it needs the repository's history.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formSchema, localIsoDate, SEED_PERMIT_TYPES } from "@perizinan/domain";
import { renderTemplateLetter } from "@perizinan/letters";
import { formFieldsOf, sampleLetter } from "../src";
import { percentile, summary, timed } from "./timing";

const WAVE1 = "eb2c7cd";
const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 300);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

// The seed's first type: the one the first wave hard-coded, so both sides do the same work.
const definition = SEED_PERMIT_TYPES[0]!;
const office = {
  governmentName: "PEMERINTAH KABUPATEN CONTOH",
  name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
  shortName: "DPMPTSP",
  address: "Jl. Contoh 1",
  city: "Contoh",
  phone: null,
  email: null,
  website: null,
  emblemKey: null,
  timeZone: "Asia/Jakarta",
};
const now = new Date("2026-12-04T03:00:00Z");
const today = localIsoDate(now, office.timeZone);
const permitTemplate = definition.letters.find((l) => l.purpose === "PERMIT")!;
const signer = { name: "Kepala Dinas", title: "Kepala Dinas", nip: "197001011995031001" };
const drafted = sampleLetter({ definition, template: permitTemplate, office, agency: null, signer: { ...signer, jobTitle: signer.title }, now });
// Numbered, signed, initialled and with its QR code, as the first wave's fixture is.
const letterInput = {
  ...drafted,
  number: "503/0456/X/DPMPTSP/2026",
  draft: false,
  signatory: drafted.signatory ? { ...drafted.signatory, signature: { ...signer, signedAt: now } } : null,
  initials: [1, 2, 3].map((i) => ({ name: `Paraf ${i}`, title: "Pejabat", nip: null, at: now })),
  qr: { url: "https://contoh.go.id/verifikasi/X-2026-000123?h=3f1c9a", caption: "Pindai kode QR untuk memeriksa keaslian dokumen." },
};
const fields = formFieldsOf(definition);
// A complete, valid submission as the portal sends it, one plausible answer per field.
const answers: Record<string, unknown> = Object.fromEntries(fields.map((f) => [f.code, f.kind === "SELECT" ? (f.options?.[0]?.value ?? "") : sampleOf(f.kind)]));
// The first wave's form, as its portal sent it.
const WAVE1_ANSWERS = {
  fullName: "Sari Manik",
  nik: "1211014708920002",
  birthPlace: "Kota Contoh",
  birthDate: "1990-01-15",
  address: "Jl. Contoh 2",
  phone: "081234567890",
  email: "pemohon@contoh.id",
  strNumber: "RM 1211 2026 0042",
  strLifetime: true,
  strExpiry: null,
  facilityName: "Fasilitas Contoh",
  facilityAddress: "Jl. Contoh 3",
};

function sampleOf(kind: string): unknown {
  switch (kind) {
    case "DATE":
      return "1990-01-15";
    case "YES_NO":
      return true;
    case "NUMBER":
      return 1;
    case "NIK":
      return "1211014708920002";
    case "PHONE":
      return "081234567890";
    case "EMAIL":
      return "pemohon@contoh.id";
    default:
      return "Isian contoh";
  }
}

const parsed = formSchema(fields, { stage: "submit", today }).safeParse(answers);
if (!parsed.success) {
  console.error("Contoh isian tidak lolos validasi:", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  process.exit(1);
}

const validate = await timed(runs, () => formSchema(fields, { stage: "submit", today }).safeParse(answers));
const letter = await timed(Math.max(20, Math.floor(runs / 5)), () => renderTemplateLetter(letterInput));

const baseline = runBaseline();
const rows = [
  ["validasi isian (definisi)", validate],
  ["validasi isian (gelombang 1)", baseline?.validate],
  ["surat izin PDF (definisi)", letter],
  ["surat izin PDF (gelombang 1)", baseline?.letter],
] as const;
console.log(`\nPengukuran ${runs} kali (surat: ${letter.length} kali), Node ${process.version}, ${os.cpus().length} inti`);
for (const [label, ms] of rows) console.log(ms ? `${label.padEnd(32)} ${summary(ms)}` : `${label.padEnd(32)} (tidak diukur: riwayat git ${WAVE1} tidak tersedia)`);
if (baseline) {
  const ratio = (a: number[], b: number[]) => (percentile(a, 95) / percentile(b, 95)).toFixed(2);
  console.log(`\np95 definisi ÷ gelombang 1: validasi ×${ratio(validate, baseline.validate)}, surat ×${ratio(letter, baseline.letter)}`);
}

/** The same two measurements on the first wave's own code, extracted from git, in a child process. */
function runBaseline(): { validate: number[]; letter: number[] } | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), "perizinan-bench-wave1-"));
  try {
    const archive = spawnSync("git", ["archive", "--format=tar", WAVE1, "packages/domain/src/forms", "packages/letters/src"], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    if (archive.status !== 0) return null;
    execFileSync("tar", ["-x", "-C", dir], { input: archive.stdout });
    // Its imports (zod, pdfkit, qrcode, @perizinan/domain's date words) resolve to this checkout's packages.
    symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
    writeFileSync(path.join(dir, "timing.ts"), `export * from ${JSON.stringify(path.join(root, "packages/usecases/bench/timing.ts"))};\n`);
    writeFileSync(path.join(dir, "baseline.ts"), BASELINE_SCRIPT(runs));
    const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(dir, "baseline.ts")], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }).toString();
    return JSON.parse(out.trim().split("\n").at(-1)!) as { validate: number[]; letter: number[] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function BASELINE_SCRIPT(n: number): string {
  return `
import { applicationFormSchema } from "./packages/domain/src/forms/applicant-forms";
import { renderLetter } from "./packages/letters/src/render";
import { sample } from "./packages/letters/src/testing/fixtures";
import { timed } from "./timing";
const today = ${JSON.stringify(today)};
// The first wave's own complete submission, field by field as its portal sent it.
const answers = ${JSON.stringify(WAVE1_ANSWERS)};
const schema = () => applicationFormSchema(today);
if (!schema().safeParse(answers).success) throw new Error("contoh gelombang 1 tidak lolos: " + JSON.stringify(schema().safeParse(answers).error?.issues));
const validate = await timed(${n}, () => schema().safeParse(answers));
const input = sample("SURAT_IZIN");
const letter = await timed(${Math.max(20, Math.floor(n / 5))}, () => renderLetter(input));
console.log(JSON.stringify({ validate, letter }));
`;
}
