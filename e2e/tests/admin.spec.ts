import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { expectAccessible } from "./axe";
import { largePhoto, pdf, staffPage } from "./fixtures";
import { BACKOFFICE_URL } from "./urls";

test.describe.configure({ timeout: 180_000 });

/** Publishes the next SOP version from the version page open in `page`, with `edit` applied to the form. */
async function publishNextVersion(page: Page, edit: (form: Page) => Promise<void>) {
  await page.getByRole("link", { name: /^Terbitkan versi baru dari versi \d+$/ }).click();
  await expect(page.getByTestId("publish-sop")).toBeVisible();
  await edit(page);
  await page.getByRole("button", { name: /^Terbitkan versi \d+$/ }).click();
}

test("administrator: hari libur, akun pegawai baru yang bisa masuk, SOP dengan catatan langkah 13–23, terbitkan v2", async ({ browser }) => {
  const page = await staffPage(browser, "admin", DEMO_PASSWORD);
  await page.getByTestId("admin-link").click();
  await expect(page.getByRole("heading", { name: "Administrasi", level: 1 })).toBeVisible();
  await expectAccessible(page, "administrasi");

  // Holiday calendar: add one, see it in the year's list, remove it again.
  const year = new Date().getFullYear();
  await page.getByRole("link", { name: "Kalender Hari Libur" }).click();
  await expect(page.getByTestId("working-week")).toContainText("Senin");
  await page.getByLabel("Tanggal", { exact: true }).fill(`${year}-12-31`);
  await page.getByLabel("Nama hari libur", { exact: true }).fill("Cuti Bersama Akhir Tahun (uji)");
  await page.getByRole("button", { name: "Tambah hari libur" }).click();
  await expect(page.getByTestId("holiday-notice")).toContainText("ditambahkan");
  await page.getByLabel("Tahun", { exact: true }).selectOption(String(year));
  await expect(page.getByTestId("holidays")).toContainText("Cuti Bersama Akhir Tahun (uji)");
  await expectAccessible(page, "kalender hari libur");
  await page.getByRole("button", { name: /^Hapus hari libur Cuti Bersama Akhir Tahun \(uji\)/ }).click();
  await expect(page.getByTestId("holidays")).not.toContainText("Cuti Bersama Akhir Tahun (uji)");

  // Special hours: the form starts from the usual week; an unreadable day is named at its field.
  const special = page.getByTestId("add-special-hours");
  await expect(special.getByLabel("Jam kerja Senin")).toHaveValue("08.00–16.00");
  await special.getByLabel("Nama", { exact: true }).fill("Ramadan (uji)");
  await special.getByLabel("Mulai tanggal").fill(`${year + 1}-02-08`);
  await special.getByLabel("Sampai tanggal").fill(`${year + 1}-03-09`);
  for (const day of ["Senin", "Selasa", "Rabu", "Kamis"]) await special.getByLabel(`Jam kerja ${day}`).fill("08.00–15.00");
  await special.getByLabel("Jam kerja Jumat").fill("pagi saja");
  await special.getByRole("button", { name: "Simpan jam kerja khusus" }).click();
  await expect(special.getByLabel("Jam kerja Jumat")).toHaveAccessibleDescription(/“pagi saja” tidak terbaca/);
  await special.getByLabel("Jam kerja Jumat").fill("08.00–11.30, 13.00–15.30");
  await special.getByRole("button", { name: "Simpan jam kerja khusus" }).click();
  await expect(page.getByTestId("special-hours")).toContainText("Jumat 08.00–11.30, 13.00–15.30");
  await page.getByRole("button", { name: "Hapus jam kerja khusus Ramadan (uji)" }).click();
  await expect(page.getByTestId("special-hours")).toHaveCount(0);

  // Staff account: created here, then it logs in on its own.
  const username = `uji.${Date.now().toString(36)}`;
  const nip = `1995${String(Date.now()).padStart(14, "0").slice(-14)}`;
  await page.goto(`${BACKOFFICE_URL}/admin/pegawai`);
  const create = page.getByTestId("create-staff");
  await create.getByLabel("Nama lengkap", { exact: true }).fill("Lestari Sihombing");
  await create.getByLabel("Jabatan", { exact: true }).fill("Petugas Front Office");
  await create.getByLabel("Nama pengguna", { exact: true }).fill(username);
  await create.getByLabel("NIP", { exact: true }).fill(nip);
  await create.getByLabel("Kata sandi awal", { exact: true }).fill("Sidikalang2026");
  await create.getByLabel("Penerima Berkas / Front Office", { exact: true }).check();
  await create.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByTestId("staff-notice")).toContainText(username);
  await expect(page.getByTestId(`staff-${username}`).getByTestId("staff-status")).toHaveText("Aktif");
  // The same NIP again is refused with a message tied to the field.
  await create.getByLabel("Nama lengkap", { exact: true }).fill("Orang Lain");
  await create.getByLabel("Jabatan", { exact: true }).fill("Staf");
  await create.getByLabel("Nama pengguna", { exact: true }).fill(`${username}.dua`);
  await create.getByLabel("NIP", { exact: true }).fill(nip);
  await create.getByLabel("Kata sandi awal", { exact: true }).fill("Sidikalang2026");
  await create.getByLabel("Penerima Berkas / Front Office", { exact: true }).check();
  await create.getByRole("button", { name: "Buat akun" }).click();
  await expect(create.getByLabel("NIP", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(create.getByLabel("NIP", { exact: true })).toHaveAccessibleDescription(/NIP ini sudah terdaftar pada akun lain\./);
  await expectAccessible(page, "akun pegawai");
  const newcomer = await staffPage(browser, username, "Sidikalang2026");
  await expect(newcomer.getByTestId("user-name")).toHaveText("Lestari Sihombing");
  await newcomer.context().close();

  // SOP v1 as the document's table, with the note on the role reading of steps 13–23.
  await page.goto(`${BACKOFFICE_URL}/admin/sop`);
  await page.getByTestId("sop-versions-SIK-PEREKAM-MEDIS").getByRole("link", { name: "Lihat SOP v1" }).click();
  await expect(page.getByRole("heading", { name: "SOP SIK-PEREKAM-MEDIS versi 1" })).toBeVisible();
  await expect(page.getByTestId("role-reading-note")).toContainText("langkah 13–23");
  await expect(page.getByTestId("sop-step-13").getByTestId("step-note")).toContainText("menunggu konfirmasi kantor");
  await expect(page.getByTestId("sop-step-12").getByTestId("step-note")).toHaveCount(0);
  await expect(page.getByTestId("sop-step-7")).toContainText("Peninjauan lapangan");
  await expect(page.getByTestId("sop-step-7")).toContainText("1 hari");
  await expect(page.getByTestId("sop-totals")).toContainText("5 hari 7 jam 45 menit");
  await expectAccessible(page, "tabel SOP");

  // An invalid version is refused with its problems listed; nothing is published.
  await publishNextVersion(page, async (form) => {
    await form.getByTestId("edit-step-7").getByLabel("Pelaksana").selectOption("ADMIN");
    await form.getByTestId("edit-step-9").getByLabel("Waktu baku (menit)").fill("0");
  });
  const problems = page.getByTestId("publish-problems");
  await expect(problems).toContainText("Langkah 7: peran ADMIN tidak melaksanakan langkah");
  await expect(problems).toContainText("Langkah 9 › standardMinutes: waktu standar harus lebih dari 0 menit");
  await expectAccessible(page, "terbitkan SOP dengan masalah");

  // Valid: step 7 takes 600 minutes instead of one day; v2 is published and shown.
  await page.getByTestId("edit-step-7").getByLabel("Pelaksana").selectOption("TIM_TEKNIS");
  await page.getByTestId("edit-step-9").getByLabel("Waktu baku (menit)").fill("120");
  await page.getByTestId("edit-step-7").getByLabel("Waktu baku (menit)").fill("600");
  await expect(page.getByTestId("publish-totals")).toContainText("6 hari 1 jam 45 menit");
  await page.getByRole("button", { name: "Terbitkan versi 2" }).click();
  await expect(page.getByTestId("sop-published")).toBeVisible();
  await expect(page.getByRole("heading", { name: "SOP SIK-PEREKAM-MEDIS versi 2" })).toBeVisible();
  await expect(page.getByTestId("sop-step-7")).toContainText("1 hari 2 jam");
  await expect(page.getByTestId("sop-totals")).toContainText("6 hari 1 jam 45 menit");

  // Put the standard back (as v3) so that the other suites see the seeded service standard.
  await publishNextVersion(page, async (form) => {
    await form.getByTestId("edit-step-7").getByLabel("Waktu baku (menit)").fill("480");
  });
  await expect(page.getByRole("heading", { name: "SOP SIK-PEREKAM-MEDIS versi 3" })).toBeVisible();
  await expect(page.getByTestId("sop-totals")).toContainText("5 hari 7 jam 45 menit");
  await page.context().close();
});

test("front office tidak mendapat akses ke Administrasi", async ({ browser }) => {
  const page = await staffPage(browser, "frontoffice", DEMO_PASSWORD);
  await expect(page.getByTestId("admin-link")).toHaveCount(0);
  for (const path of ["/admin", "/admin/pegawai", "/admin/kantor", "/admin/hari-libur", "/admin/sop/tidak-ada/terbitkan"]) {
    await page.goto(`${BACKOFFICE_URL}${path}`);
    await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    await expect(page.getByTestId("no-access")).toContainText("tidak memiliki akses");
  }
  await expectAccessible(page, "akses ditolak");
  await page.context().close();
});

test("administrator: data kantor dan lambang daerah untuk kop surat", async ({ browser }) => {
  const page = await staffPage(browser, "admin", DEMO_PASSWORD);
  await page.goto(`${BACKOFFICE_URL}/admin`);
  await page.getByRole("link", { name: "Data Kantor dan Kop Surat" }).click();
  await expect(page.getByRole("img", { name: "Lambang daerah pada kop" })).toBeVisible();
  await expectAccessible(page, "data kantor");

  // A PDF is refused by its content, a PNG is taken and shown.
  await page.getByLabel("Ganti gambar lambang").setInputFiles(pdf("lambang"));
  await expect(page.getByTestId("emblem-error")).toHaveText("Lambang daerah harus berupa gambar PNG atau JPEG.");
  const before = await page.getByRole("img", { name: "Lambang daerah pada kop" }).getAttribute("src");
  await page.getByLabel("Ganti gambar lambang").setInputFiles({ ...largePhoto(120, 144), name: "lambang.png" });
  await expect(page.getByTestId("emblem-saved")).toBeVisible();
  await expect(page.getByRole("img", { name: "Lambang daerah pada kop" })).not.toHaveAttribute("src", before ?? "");

  // A required line left empty is named at its field and nothing is saved.
  const name = page.getByLabel("Nama dinas", { exact: true });
  const original = await name.inputValue();
  await name.fill("");
  await page.getByRole("button", { name: "Simpan data kantor" }).click();
  await expect(page.getByTestId("office-error")).toHaveText("Periksa kembali isian yang ditandai.");
  await expect(name).toHaveAccessibleDescription(/Nama dinas wajib diisi\./);
  await page.reload();
  await expect(page.getByLabel("Nama dinas", { exact: true })).toHaveValue(original);

  // The zone cannot move under files already counted on it.
  await page.getByLabel("Zona waktu kantor").selectOption("Asia/Makassar");
  await page.getByRole("button", { name: "Simpan data kantor" }).click();
  await expect(page.getByLabel("Zona waktu kantor")).toHaveAccessibleDescription(/tidak dapat diubah setelah ada berkas yang diajukan/);
  await page.context().close();
});
