import { execFileSync } from "node:child_process";
import { expect, test, devices, type Locator, type Page } from "@playwright/test";
import { DEMO_APPLICANTS, DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { loginPortal, requirementFile, staffPage } from "./fixtures";
import { Office, portalFile } from "./sop-helpers";
import { BACKOFFICE_URL, PORTAL_URL } from "./urls";

test.describe.configure({ timeout: 240_000 });

const SELESAI = "Selesaikan";
const REQUIREMENTS = [
  { code: "SURAT_PERMOHONAN", label: "Surat permohonan" },
  { code: "DENAH_LOKASI", label: "Denah lokasi kegiatan" },
];

/** One step of the NEW flow in the editor: what, who, output, and its markers. */
async function fillStep(step: Locator, s: { activity: string; role: string; output: string }) {
  await step.getByLabel("Kegiatan", { exact: true }).fill(s.activity);
  await step.getByLabel("Pelaksana", { exact: true }).selectOption(s.role);
  await step.getByLabel("Output", { exact: true }).fill(s.output);
}

const addAction = (step: Locator) => step.getByRole("button", { name: /^Tambah tindakan/ }).click();

/** The administrator builds a whole permit type in the browser, saves it, previews its permit, publishes it. */
async function buildPermitType(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`${BACKOFFICE_URL}/admin/jenis-izin`);
  const create = page.getByTestId("create-permit-type");
  await create.getByLabel("Kode", { exact: true }).fill(code);
  await create.getByLabel("Nama jenis izin", { exact: true }).fill(name);
  await create.getByLabel("Nama singkat", { exact: true }).fill("Izin Uji");
  await create.getByLabel("Kosong", { exact: true }).check();
  await create.getByRole("button", { name: "Buat jenis izin" }).click();
  await expect(page.getByRole("heading", { name: `Jenis izin: ${name}` })).toBeVisible();
  await expect(page.getByTestId("dirty-state")).toHaveText("Semua perubahan tersimpan");

  // Identity: valid five years from issue.
  await page.getByLabel("Masa berlaku izin", { exact: true }).selectOption("YEARS_FROM_ISSUE");
  await expect(page.getByTestId("dirty-state")).toHaveText("Ada perubahan yang belum disimpan");

  // The form: two fields and a third asked (and required) only when the second is "Ya".
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Tambah isian", exact: true }).click();
  const fields = [
    { kind: "TEXT", code: "namaKegiatan", label: "Nama kegiatan" },
    { kind: "YES_NO", code: "adaCabang", label: "Memiliki kantor cabang" },
    { kind: "TEXT", code: "alamatCabang", label: "Alamat kantor cabang" },
  ];
  for (const [i, f] of fields.entries()) {
    const box = page.getByTestId(`field-form-${i}`);
    await box.getByLabel("Jenis isian", { exact: true }).selectOption(f.kind);
    await box.getByLabel("Kode isian", { exact: true }).fill(f.code);
    await box.getByLabel("Label isian", { exact: true }).fill(f.label);
    await box.getByLabel("Wajib diisi", { exact: true }).check();
  }
  const third = page.getByTestId("field-form-2");
  await third.getByLabel("Tampilkan hanya bila isian", { exact: true }).selectOption("adaCabang");
  await expect(third.getByLabel("Tampilkan hanya bila bernilai", { exact: true })).toHaveValue("true");
  // The live preview asks the third field only once the second is answered "Ya".
  const preview = page.getByTestId("form-preview");
  await expect(preview.getByLabel(/Alamat kantor cabang/)).toHaveCount(0);
  await preview.getByRole("radiogroup", { name: /Memiliki kantor cabang/ }).getByLabel("Ya").check();
  await expect(preview.getByLabel(/Alamat kantor cabang/)).toBeVisible();

  // Two requirements, PDF, always required.
  for (const [i, r] of REQUIREMENTS.entries()) {
    await page.getByRole("button", { name: "Tambah persyaratan", exact: true }).click();
    const box = page.getByTestId(`requirement-${i}`);
    await box.getByLabel("Kode persyaratan", { exact: true }).fill(r.code);
    await box.getByLabel("Nama persyaratan", { exact: true }).fill(r.label);
  }

  // The permit letter, printing the form's answers, and its agenda book.
  await page.getByRole("button", { name: "Tambah templat surat" }).click();
  const letter = page.getByTestId("letter-0");
  await letter.getByLabel("Kode surat", { exact: true }).fill("SURAT_IZIN");
  await letter.getByLabel("Tujuan surat", { exact: true }).selectOption("PERMIT");
  await letter.getByLabel("Tata letak", { exact: true }).selectOption("DECREE");
  await letter.getByLabel("Judul surat", { exact: true }).fill("SURAT IZIN UJI COBA");
  await letter.getByLabel("Isi surat (paragraf)", { exact: true }).fill("Memberikan Izin Uji Coba kepada:");
  const rows: Array<[string, string]> = [
    ["Nama", "{pemohon.nama}"],
    ["Nama kegiatan", "{formulir.namaKegiatan}"],
    ["Alamat kantor cabang", "{formulir.alamatCabang}"],
  ];
  for (const [i, [label, value]] of rows.entries()) {
    await letter.getByRole("button", { name: "Tambah baris" }).click();
    await letter.getByLabel(`Label baris ${i + 1}`, { exact: true }).fill(label);
    await letter.getByLabel(`Nilai baris ${i + 1}`, { exact: true }).fill(value);
  }
  await letter.getByLabel("Penutup (paragraf)", { exact: true }).fill("{izin.berlaku}");
  await letter.getByLabel("Penanda tangan", { exact: true }).selectOption("KADIS");
  await page.getByRole("button", { name: "Tambah buku agenda" }).click();
  const book = page.getByTestId("book-0");
  await book.getByLabel("Kode buku", { exact: true }).fill("BUKU-IZIN-UJI");
  await book.getByLabel("Nama buku", { exact: true }).fill("Buku Agenda Izin Uji");
  await book.getByLabel("Format nomor", { exact: true }).fill("503/{seq}/UJI/DPMPTSP/{year}");

  // The NEW flow: submit → check (or return) → decide (approve, or reject and end) → draft → sign → number.
  const flow = page.getByTestId("flow-NEW");
  for (let i = 0; i < 5; i++) await flow.getByRole("button", { name: /^Tambah langkah/ }).click();
  await flow.getByLabel("Pengajuan ulang setelah dikembalikan oleh", { exact: true }).selectOption("PEMOHON");
  const step = (i: number) => page.getByTestId(`step-flows-NEW-steps-${i}`);
  const action = (i: number, j: number) => page.getByTestId(`action-flows-NEW-steps-${i}-actions-${j}`);
  await addAction(step(0));

  await fillStep(step(1), { activity: "Memeriksa kelengkapan berkas", role: "FRONT_OFFICE", output: "Berkas lengkap" });
  await addAction(step(1));
  await addAction(step(1));
  await action(1, 1).getByLabel("Tindakan 2", { exact: true }).selectOption("RETURN");
  await expect(action(1, 1).getByLabel("Dilanjutkan di langkah", { exact: true })).toHaveValue("2");

  await fillStep(step(2), { activity: "Keputusan Kabid Pelayanan", role: "KABID_PELAYANAN", output: "Keputusan" });
  await addAction(step(2));
  await action(2, 0).getByLabel("Tindakan 1", { exact: true }).selectOption("APPROVE");
  await addAction(step(2));
  await action(2, 1).getByLabel("Tindakan 2", { exact: true }).selectOption("REJECT");
  await action(2, 1).getByLabel("Tujuan", { exact: true }).selectOption("REJECTED");
  await action(2, 1).getByLabel("Wajib menuliskan alasan", { exact: true }).check();

  await fillStep(step(3), { activity: "Mencetak draf surat izin", role: "BACK_OFFICE", output: "Draf surat izin" });
  await addAction(step(3));
  await step(3).getByLabel("Menghasilkan surat", { exact: true }).selectOption("SURAT_IZIN");
  await step(3).getByLabel("Rantai paraf dan tanda tangan", { exact: true }).fill("IZIN");
  await step(3).getByLabel("Paraf pada surat dari rantai", { exact: true }).fill("IZIN");

  await fillStep(step(4), { activity: "Penandatanganan surat izin", role: "KADIS", output: "Surat izin" });
  await addAction(step(4));
  await step(4).getByLabel("Menandatangani surat keputusan", { exact: true }).check();
  await step(4).getByLabel("Rantai paraf dan tanda tangan", { exact: true }).fill("IZIN");

  await fillStep(step(5), { activity: "Memberikan nomor izin", role: "KASUBBAG_UMUM", output: "Surat izin bernomor" });
  await addAction(step(5));
  await expect(action(5, 0).getByLabel("Tujuan", { exact: true })).toHaveValue("ISSUED");
  await step(5).getByLabel("Memberi nomor dari buku agenda", { exact: true }).selectOption("BUKU-IZIN-UJI");
  await step(5).getByLabel("Menghasilkan surat", { exact: true }).selectOption("SURAT_IZIN");
  await step(5).getByLabel("Paraf pada surat dari rantai", { exact: true }).fill("IZIN");

  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByTestId("editor-outcome")).toContainText("disimpan dan siap diterbitkan");
  await expect(page.getByTestId("dirty-state")).toHaveText("Semua perubahan tersimpan");
  const walk = page.getByTestId("walk-NEW");
  await expect(walk).toContainText("berakhir Izin Terbit");
  await expect(walk).toContainText("berakhir Ditolak");

  // The letter preview renders the saved draft as a PDF.
  const href = await letter.getByRole("link", { name: /Pratinjau PDF/ }).getAttribute("href");
  const previewPdf = await page.request.get(`${BACKOFFICE_URL}${href}`);
  expect(previewPdf.status()).toBe(200);
  expect(previewPdf.headers()["content-type"]).toContain("application/pdf");
  expect((await previewPdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await page.getByRole("button", { name: "Terbitkan versi" }).click();
  await expect(page.getByTestId("editor-outcome")).toContainText("Versi 1 diterbitkan");
  await expect(page.getByTestId("editor-status")).toContainText("versi terbit 1");
}

test("administrator menyusun jenis izin baru di peramban; pemohon di ponsel mengajukan, kantor memproses, izin terbit dan asli", async ({ browser }) => {
  const stamp = Date.now().toString(36).toUpperCase().slice(-6);
  const code = `UJI-${stamp}`;
  const name = `Izin Uji Coba ${stamp}`;
  const admin = await staffPage(browser, "admin", DEMO_PASSWORD);
  await buildPermitType(admin, code, name);

  // The applicant, on a phone.
  const phone = await browser.newContext({ ...devices["Pixel 7"], locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await phone.newPage();
  const applicant = DEMO_APPLICANTS[0]!;
  await loginPortal(page, applicant.email, DEMO_PASSWORD);
  await page.goto(PORTAL_URL);
  await expect(page.getByTestId(`service-${code}`)).toContainText(name);
  await page.goto(`${PORTAL_URL}/permohonan`);
  await page.getByRole("button", { name: `Mulai permohonan ${name}` }).click();
  await expect(page.getByRole("heading", { name: "Isi Permohonan" })).toBeVisible();
  const id = page.url().split("/").at(-2)!;
  await page.getByLabel("Tempat lahir").fill("Sidikalang");
  await page.getByLabel("Tanggal lahir").fill("1990-03-14");
  await page.getByLabel("Alamat tempat tinggal").fill("Jl. Pahlawan 12, Sidikalang");
  await page.getByLabel(/^Nama kegiatan/).fill("Pameran Kopi Lintong");
  await expect(page.getByLabel(/^Alamat kantor cabang/)).toHaveCount(0);
  await page.getByRole("radiogroup", { name: /Memiliki kantor cabang/ }).getByLabel("Ya").check();
  await page.getByLabel(/^Alamat kantor cabang/).fill("Jl. Sudirman 5 Tigalingga");
  for (const r of REQUIREMENTS) {
    await page.getByTestId(`file-input-${r.code}`).setInputFiles(requirementFile(r.code));
    await expect(page.getByTestId(`requirement-${r.code}`).getByTestId("uploaded")).toBeVisible();
  }
  await page.getByRole("button", { name: "Lanjut: periksa jawaban" }).click();
  await page.getByRole("button", { name: "Ajukan permohonan" }).click();
  await expect(page.getByTestId("submitted-banner")).toBeVisible();

  // The office, each step by the demo account of its role.
  const office = new Office(browser);
  await office.act("frontoffice", id, SELESAI, async (p) => {
    for (const r of REQUIREMENTS) await p.getByTestId(`check-${r.code}`).getByLabel("Memenuhi syarat", { exact: true }).check();
  }); // 2 completeness
  await office.act("kabid", id, "Setujui"); // 3 decision
  await office.act("backoffice", id, SELESAI); // 4 draft
  await office.act("kadis", id, SELESAI); // 5 signature
  await office.act("kasubbag", id, SELESAI, undefined, "Izin Terbit"); // 6 number, issued
  await office.close();

  // The permit in the portal: its title, the form's answers, the emblem; its QR page says genuine.
  await page.goto(portalFile(id));
  await expect(page.getByTestId("file-status")).toHaveText("Izin Terbit");
  const link = page.getByRole("link", { name: /Surat Izin Uji Coba — 503\// });
  const download = page.waitForEvent("download");
  await link.click();
  const file = (await (await download).path())!;
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("SURAT IZIN UJI COBA");
  expect(text).toContain("Pameran Kopi Lintong");
  expect(text).toContain("Jl. Sudirman 5 Tigalingga");
  expect(text).toContain(applicant.name);
  // The office's emblem on the kop, whichever one is uploaded now (another test may have replaced the
  // seed's): an image of its size is in the PDF (pdfimages: page num type width height …). The QR is drawn, not an image.
  const emblem = await (await admin.request.get(`${BACKOFFICE_URL}/api/lambang`)).body();
  expect(emblem.subarray(1, 4).toString()).toBe("PNG");
  const [emblemWidth, emblemHeight] = [String(emblem.readUInt32BE(16)), String(emblem.readUInt32BE(20))];
  const images = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n").slice(2).map((line) => line.trim().split(/\s+/));
  expect(images.map(([, , , width, height]) => `${width}×${height}`)).toContain(`${emblemWidth}×${emblemHeight}`);
  await admin.context().close();
  const number = (await link.textContent())!.match(/503\/\d+\/UJI\/DPMPTSP\/\d{4}/)![0];
  await page.goto(`${PORTAL_URL}/verifikasi/${encodeURIComponent(number)}`);
  await expect(page.getByTestId("verify-valid")).toBeVisible();
  await phone.close();
});
