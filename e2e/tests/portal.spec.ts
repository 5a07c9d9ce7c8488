import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { expectAccessible } from "./axe";
import { freshNik, largePhoto, loginPortal, mailTo, pdf, requirementFile, staffPage } from "./fixtures";
import { judgeAll } from "./sop-helpers";
import { PORTAL_URL } from "./urls";

/**
 * The applicant's whole journey, on a desktop and on a phone: register, start, upload all nine
 * requirements with visible progress, save and resume, check answers, submit, get a number and a
 * timeline; the counter returns the file; the applicant corrects and resubmits; public tracking.
 */
test.describe.serial("permohonan dari awal sampai dikembalikan dan diajukan ulang @ponsel", () => {
  const nik = freshNik();
  const email = `pemohon.${nik}@contoh.id`;
  const password = "SandiKuat123";
  let fileUrl = "";
  let registrationNumber = "";

  test("daftar akun: kesalahan dijelaskan per isian, lalu berhasil", async ({ page }) => {
    await page.goto(`${PORTAL_URL}/daftar`);
    await expectAccessible(page, "daftar");
    await page.getByLabel("Nama lengkap (sesuai KTP)").fill("Lestari Br Ginting");
    await page.getByLabel("NIK (16 angka)").fill(`${nik}7`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Nomor ponsel").fill("081377778888");
    await page.getByLabel("Kata sandi", { exact: true }).fill(password);
    await page.getByLabel("Ulangi kata sandi").fill(password);
    await page.getByRole("button", { name: "Daftar" }).click();
    await expect(page.getByText("NIK harus terdiri dari 16 angka.")).toBeVisible();
    await page.getByLabel("NIK (16 angka)").fill(nik);
    await page.getByRole("button", { name: "Daftar" }).click();
    await expect(page.getByRole("heading", { name: "Permohonan Saya" })).toBeVisible();
  });

  test("mulai, isi, unggah sembilan dokumen dengan kemajuan terlihat, simpan draf dan lanjutkan", async ({ page }) => {
    await loginPortal(page, email, password);
    await page.getByRole("button", { name: "Mulai permohonan Surat Izin Kerja Perekam Medis" }).click();
    await expect(page.getByRole("heading", { name: "Isi Permohonan" })).toBeVisible();
    fileUrl = page.url().replace(/\/ubah$/, "");

    await page.getByLabel("Tempat lahir").fill("Sidikalang");
    await page.getByLabel("Tanggal lahir").fill("1995-08-01");
    await page.getByLabel("Alamat tempat tinggal").fill("Jl. Sisingamangaraja 10, Sidikalang");
    await page.getByLabel("Nomor STR Perekam Medis").fill("RM 2026 0001");
    await page.getByLabel("STR berlaku sampai").fill("2020-01-01");
    await page.getByLabel("Nama fasilitas pelayanan kesehatan tempat bekerja").fill("RSUD Sidikalang");
    await page.getByLabel("Alamat fasilitas pelayanan kesehatan").fill("Jl. Rumah Sakit 19, Sidikalang");

    // A renamed executable is refused by its content, with a clear message, and nothing is stored.
    await page.getByTestId("file-input-SURAT_PERMOHONAN").setInputFiles({ name: "surat.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(500, 1)]) });
    await expect(page.getByTestId("requirement-SURAT_PERMOHONAN").getByTestId("upload-error")).toContainText("bukan dokumen");
    await expect(page.getByTestId("requirement-SURAT_PERMOHONAN")).toContainText("Belum diunggah.");

    // On a slow connection the progress bar shows how far the upload is.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 100, downloadThroughput: 500_000, uploadThroughput: 20_000 });
    const big = pdf("surat-permohonan");
    big.buffer = Buffer.concat([big.buffer.subarray(0, 20), Buffer.alloc(60_000, 0x20), big.buffer.subarray(20)]);
    await page.getByTestId("file-input-SURAT_PERMOHONAN").setInputFiles(big);
    await expect(page.getByTestId("requirement-SURAT_PERMOHONAN").getByTestId("upload-progress")).toBeVisible();
    await expect(page.getByTestId("requirement-SURAT_PERMOHONAN").getByTestId("uploaded")).toBeVisible({ timeout: 30_000 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    // A phone photo over the 5 MB limit is made smaller in the browser and accepted, not refused.
    const photo = largePhoto();
    expect(photo.buffer.length).toBeGreaterThan(5 * 1024 * 1024);
    await page.getByTestId("file-input-KTP").setInputFiles(photo);
    await expect(page.getByTestId("requirement-KTP").getByTestId("uploaded")).toContainText("foto-ktp.jpg");
    // Removed before submission, then chosen again.
    await page.getByRole("button", { name: "Hapus KTP" }).click();
    await expect(page.getByTestId("requirement-KTP")).toContainText("Belum diunggah.");

    for (const code of ["KTP", "IJAZAH", "STR", "SURAT_SEHAT", "SURAT_KETERANGAN_BEKERJA", "PAS_FOTO"]) {
      await page.getByTestId(`file-input-${code}`).setInputFiles(requirementFile(code));
      await expect(page.getByTestId(`requirement-${code}`).getByTestId("uploaded")).toBeVisible();
    }
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await expect(page.getByTestId("draft-saved")).toBeVisible();
    await expectAccessible(page, "isi permohonan");

    // Resume later: everything is still there.
    await page.goto(`${PORTAL_URL}/permohonan`);
    await page.getByRole("link", { name: "Surat Izin Kerja Perekam Medis" }).first().click();
    await page.getByRole("link", { name: "Lanjutkan mengisi" }).click();
    await expect(page.getByLabel("Tempat lahir")).toHaveValue("Sidikalang");
    await expect(page.getByTestId("requirement-PAS_FOTO").getByTestId("uploaded")).toBeVisible();
  });

  test("periksa jawaban: syarat yang kurang dan STR kedaluwarsa ditolak, lalu diajukan dan dapat nomor", async ({ page }) => {
    await loginPortal(page, email, password);
    await page.goto(`${fileUrl}/periksa`);
    await expect(page.getByRole("heading", { name: "Periksa Jawaban Anda" })).toBeVisible();
    await expectAccessible(page, "periksa jawaban");
    await page.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(page.getByTestId("submit-error")).toContainText("Rekomendasi Kepala Dinas Kesehatan");
    await expect(page.getByTestId("submit-error")).toContainText("STR Anda sudah kedaluwarsa");

    await page.goto(`${fileUrl}/ubah`);
    await page.getByRole("radiogroup", { name: /STR berlaku seumur hidup/ }).getByLabel("Ya").check();
    await page.getByTestId("file-input-REKOMENDASI_DINKES").setInputFiles(pdf("rekomendasi-dinkes"));
    await expect(page.getByTestId("requirement-REKOMENDASI_DINKES").getByTestId("uploaded")).toBeVisible();
    await page.getByRole("button", { name: "Lanjut: periksa jawaban" }).click();
    await expect(page.getByTestId("form-answers")).toContainText("STR berlaku seumur hidup");
    await page.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(page.getByTestId("submitted-banner")).toBeVisible();
    registrationNumber = (await page.getByTestId("registration-number").textContent())!.trim();
    expect(registrationNumber).toMatch(/^PM-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(page.getByTestId("timeline").locator('[data-status="CURRENT"]')).toContainText("Menerima dan memeriksa kelengkapan berkas");
    await expect(page.getByTestId("timeline").locator('[data-status="DONE"]')).toContainText("Menyampaikan Permohonan");
    await expectAccessible(page, "halaman berkas");
  });

  test("front office mengembalikan berkas; pemohon tidak dapat mengajukan ulang sebelum mengganti dokumen yang diminta", async ({ page, browser }) => {
    test.setTimeout(120_000); // two people, two apps, nine documents judged
    const fo = await staffPage(browser, "frontoffice", DEMO_PASSWORD);
    await fo.getByLabel("Cari nomor registrasi atau nama pemohon").fill(registrationNumber);
    await fo.getByRole("link", { name: registrationNumber }).click();
    // Nothing is judged until the clerk judges it: completing now is refused, requirement by requirement.
    await expect(fo.getByTestId("judged-count")).toContainText("0 dari 8");
    await fo.getByRole("button", { name: "Selesaikan" }).click();
    await expect(fo.getByTestId("action-error")).toContainText("Periksa setiap persyaratan");
    await expect(fo.getByTestId("check-error-KTP")).toContainText("Nilai dahulu");
    await expect(fo.getByTestId("file-status")).toHaveText("Dalam Proses");
    await judgeAll(fo, { PAS_FOTO: { reason: "latar belakang harus merah", newDocument: true } });
    await fo.getByRole("button", { name: "Kembalikan ke Pemohon" }).click();
    await expect(fo.getByTestId("action-done")).toContainText("dikembalikan kepada pemohon");
    await expect(fo.getByTestId("file-status")).toHaveText("Dikembalikan ke Pemohon");

    // The applicant is told by email (read from the suite's SMTP server): the reason, the deadline, the link to fix the file.
    const mail = await mailTo(email, new RegExp(`^Berkas ${registrationNumber} dikembalikan untuk diperbaiki$`));
    expect(mail.text).toContain("- Pas foto berwarna 4x6: latar belakang harus merah");
    expect(mail.text).toMatch(/paling lambat \d{1,2} \w+ \d{4} pukul \d\d\.\d\d WIB/);
    const fixLink = /https?:\/\/\S+\/permohonan\/[\w-]+/.exec(mail.text)?.[0];
    expect(fixLink).toBe(fileUrl);

    await loginPortal(page, email, password);
    // The bell: submitted and returned, both unread.
    await expect(page.getByTestId("notice-count")).toHaveText(/^2/);
    await page.goto(fixLink!);
    await expect(page.getByTestId("returned-banner")).toContainText("Pas foto berwarna 4x6: latar belakang harus merah");
    // Resubmitting before replacing the photo is refused, naming it.
    await page.goto(`${fileUrl}/periksa`);
    await expect(page.getByTestId("must-replace-PAS_FOTO")).toBeVisible();
    await page.getByRole("button", { name: "Ajukan ulang permohonan" }).click();
    await expect(page.getByTestId("submit-error")).toContainText("Ganti dahulu dokumen yang diminta petugas: Pas foto berwarna 4x6");
    await page.getByRole("link", { name: "Ubah jawaban" }).click();
    await expect(page.getByTestId("requirement-PAS_FOTO").getByTestId("return-reason")).toContainText("unggah dokumen baru");
    await page.getByTestId("file-input-PAS_FOTO").setInputFiles(requirementFile("PAS_FOTO", "pas-foto-baru"));
    await expect(page.getByTestId("requirement-PAS_FOTO").getByTestId("uploaded")).toContainText("pas-foto-baru.png");
    await page.getByRole("button", { name: "Lanjut: periksa jawaban" }).click();
    await page.getByRole("button", { name: "Ajukan ulang permohonan" }).click();
    await expect(page.getByTestId("file-status")).toHaveText("Dalam Proses");
    await expect(page.getByRole("listitem").filter({ hasText: "Pas foto berwarna 4x6" })).toContainText("versi sebelumnya");

    // Back at the counter, last time's reason is beside the requirement, with whether it was replaced.
    await fo.reload();
    await expect(fo.getByTestId("returned-PAS_FOTO")).toContainText("latar belakang harus merah");
    await expect(fo.getByTestId("returned-PAS_FOTO")).toContainText("sudah diganti");
    await expect(fo.getByTestId("returned-KTP")).toHaveCount(0);
    await fo.context().close();
  });

  test("pelacakan publik dengan nomor registrasi dan 4 angka terakhir NIK", async ({ page }) => {
    await page.goto(`${PORTAL_URL}/lacak`);
    await expectAccessible(page, "lacak");
    await page.getByLabel("Nomor registrasi").fill(registrationNumber);
    await page.getByLabel("4 angka terakhir NIK").fill("0000");
    await page.getByRole("button", { name: "Lacak" }).click();
    await expect(page.getByTestId("tracking-error")).toContainText("Berkas tidak ditemukan");
    await page.getByLabel("4 angka terakhir NIK").fill(nik.slice(-4));
    await page.getByRole("button", { name: "Lacak" }).click();
    await expect(page.getByTestId("tracking-status")).toHaveText("Dalam Proses");
    await expect(page.getByTestId("tracking-steps")).not.toContainText("Lestari");
  });

  test("pelacakan tanpa JavaScript: jawaban yang sama, NIK tidak masuk alamat", async ({ browser }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${PORTAL_URL}/lacak`);
    await page.getByLabel("Nomor registrasi").fill(registrationNumber);
    await page.getByLabel("4 angka terakhir NIK").fill("12");
    await page.getByRole("button", { name: "Lacak" }).click();
    await expect(page.getByText("Isi 4 angka terakhir NIK.")).toBeVisible();
    await expect(page.getByLabel("Nomor registrasi")).toHaveValue(registrationNumber);
    await page.getByLabel("4 angka terakhir NIK").fill(nik.slice(-4));
    await page.getByRole("button", { name: "Lacak" }).click();
    await expect(page.getByTestId("tracking-status")).toHaveText("Dalam Proses");
    expect(page.url()).toBe(`${PORTAL_URL}/lacak`);
    await page.context().close();
  });
});

test.describe("halaman publik @ponsel", () => {
  test("verifikasi nomor izin yang tidak dikenal", async ({ page }) => {
    await page.goto(`${PORTAL_URL}/verifikasi`);
    await expectAccessible(page, "verifikasi");
    await page.getByLabel("Nomor izin").fill("503/999/SIK-PM/DPMPTSP/2026");
    await page.getByRole("button", { name: "Periksa", exact: true }).click();
    await expect(page.getByTestId("verify-unknown")).toContainText("tidak dikenal");
  });

  test("beranda dan halaman masuk memenuhi WCAG 2.1 AA", async ({ page }) => {
    await page.goto(PORTAL_URL);
    await expectAccessible(page, "beranda");
    await page.goto(`${PORTAL_URL}/masuk`);
    await expectAccessible(page, "masuk");
  });
});
