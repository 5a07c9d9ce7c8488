import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { expectAccessible } from "./axe";
import { staffPage } from "./fixtures";
import { BACKOFFICE_URL } from "./urls";

test("administrator: the usual week changes from a coming date and can be cancelled; technical agencies with their Tim Teknis", async ({ browser }) => {
  const page = await staffPage(browser, "admin", DEMO_PASSWORD);

  // A change today is refused at its field; one from next year is listed as coming, then cancelled.
  await page.goto(`${BACKOFFICE_URL}/admin/hari-libur`);
  const form = page.getByTestId("schedule-week");
  await expect(form.getByLabel("Jam kerja Jumat")).toHaveValue("08.00–16.00");
  const today = await page.evaluate(() => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date()));
  await form.getByLabel("Berlaku mulai tanggal").fill(today);
  await form.getByRole("button", { name: "Jadwalkan perubahan jam kerja" }).click();
  await expect(form).toContainText("paling cepat berlaku besok");
  const next = `${Number(today.slice(0, 4)) + 1}-01-04`;
  await form.getByLabel("Berlaku mulai tanggal").fill(next);
  await form.getByLabel("Dasar perubahan (opsional)").fill("Peraturan Bupati (uji)");
  await form.getByLabel("Jam kerja Jumat").fill("07.30–11.30, 13.30–16.00");
  await form.getByRole("button", { name: "Jadwalkan perubahan jam kerja" }).click();
  await expect(page.getByTestId("working-week-notice")).toContainText("Jam kerja baru berlaku mulai");
  const changes = page.getByTestId("week-changes");
  await expect(changes).toContainText("akan berlaku");
  await expect(changes).toContainText("Jumat 07.30–11.30, 13.30–16.00");
  // Today's table still shows today's hours.
  await expect(page.getByTestId("working-week")).toContainText("08.00–16.00");
  await expectAccessible(page, "kalender dengan perubahan jam kerja");
  await changes.getByRole("button", { name: /^Batalkan perubahan jam kerja mulai/ }).click();
  await expect(page.getByTestId("week-changes")).toHaveCount(0);

  // Technical agencies: the seeded ones with their members; a new one refused until it is complete.
  await page.goto(`${BACKOFFICE_URL}/admin/instansi-teknis`);
  await expect(page.getByTestId("members-DINKES")).toContainText("dr. Lamhot Sihombing");
  await expect(page.getByTestId("agency-DINAS_PUPR")).toContainText("Menilai:");
  const add = page.getByTestId("new-agency");
  await add.getByLabel("Kode instansi").fill("DLH");
  await add.getByRole("button", { name: "Tambahkan instansi" }).click();
  await expect(add).toContainText("Nama instansi wajib diisi.");
  await add.getByLabel("Nama instansi").fill("Dinas Lingkungan Hidup");
  await add.getByLabel("Baris pertama kop (pemerintah daerah)").fill("PEMERINTAH KABUPATEN CONTOH");
  await add.getByLabel("Alamat").fill("Jl. Contoh 5");
  await add.getByLabel("Kota").fill("Kota Contoh");
  await add.getByRole("button", { name: "Tambahkan instansi" }).click();
  await expect(page.getByTestId("agency-notice")).toContainText("Instansi Dinas Lingkungan Hidup (DLH) ditambahkan");
  await expect(page.getByTestId("agency-DLH")).toContainText("Belum ada anggota");
  await expectAccessible(page, "instansi teknis");

  // Import: a file that is not JSON, and a document that is not a permit type, each say why; nothing is created.
  await page.goto(`${BACKOFFICE_URL}/admin/jenis-izin`);
  const types = page.getByRole("link", { name: /^Ubah/ });
  await expect(types.first()).toBeVisible();
  const before = await types.count();
  const picker = page.getByLabel("Pilih berkas JSON jenis izin");
  await picker.setInputFiles({ name: "rusak.json", mimeType: "application/json", buffer: Buffer.from("{ bukan json") });
  await expect(page.getByTestId("import-result")).toContainText("bukan JSON yang sah");
  await picker.setInputFiles({ name: "lain.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "bukan-jenis-izin", definition: {} })) });
  await expect(page.getByTestId("import-result")).toContainText("Dokumen tidak dapat diimpor; tidak ada yang berubah.");
  await expect(types).toHaveCount(before);
  await page.context().close();
});
