import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { expectAccessible } from "./axe";
import { freshNik, requirementFile, staffPage } from "./fixtures";
import { REQUIREMENT_CODES } from "./sop-helpers";
import { PORTAL_URL } from "./urls";

test("loket: petugas mendaftarkan berkas pemohon yang datang langsung, pemohon melacaknya dengan nomor registrasi", async ({ browser, page }) => {
  const fo = await staffPage(browser, "frontoffice", DEMO_PASSWORD);
  const nik = freshNik();
  await fo.getByRole("link", { name: "Pendaftaran di Loket" }).click();
  await expectAccessible(fo, "pendaftaran di loket");
  await fo.getByLabel("Jenis izin").selectOption({ label: "Surat Izin Kerja Perekam Medis" });
  await fo.getByLabel("Nama lengkap pemohon").fill("Tiurma Situmorang");
  await fo.getByLabel("NIK pemohon").fill(nik);
  await fo.getByLabel("Nomor ponsel pemohon").fill("081211112222");
  await fo.getByRole("button", { name: "Lanjut: isi berkas" }).click();
  await expect(fo.getByRole("heading", { name: "Berkas Pemohon di Loket" })).toBeVisible();
  await fo.getByLabel("Tempat lahir").fill("Sumbul");
  await fo.getByLabel("Tanggal lahir").fill("1990-06-05");
  await fo.getByLabel("Alamat tempat tinggal").fill("Jl. Merdeka 1, Sumbul");
  await fo.getByLabel("Nomor STR Perekam Medis").fill("RM 7777");
  await fo.getByRole("radiogroup", { name: /STR berlaku seumur hidup/ }).getByLabel("Ya").check();
  await fo.getByLabel("Nama fasilitas pelayanan kesehatan tempat bekerja").fill("Puskesmas Sumbul");
  await fo.getByLabel("Alamat fasilitas pelayanan kesehatan").fill("Sumbul, Kabupaten Dairi");
  for (const code of REQUIREMENT_CODES) {
    await fo.getByTestId(`file-input-${code}`).setInputFiles(requirementFile(code, `pindaian-${code.toLowerCase()}`));
    await expect(fo.getByTestId(`requirement-${code}`).getByTestId("uploaded")).toBeVisible();
  }
  await fo.getByRole("button", { name: "Ajukan untuk pemohon" }).click();
  const submitted = fo.getByTestId("intake-submitted");
  await expect(submitted).toBeVisible();
  const registrationNumber = (await submitted.locator("strong").textContent())!.trim();
  await submitted.getByRole("link", { name: "Buka berkas" }).click();
  await expect(fo.getByTestId("history")).toContainText("dicatat untuk pemohon");
  await fo.context().close();

  await page.goto(`${PORTAL_URL}/lacak`);
  await page.getByLabel("Nomor registrasi").fill(registrationNumber);
  await page.getByLabel("4 angka terakhir NIK").fill(nik.slice(-4));
  await page.getByRole("button", { name: "Lacak" }).click();
  await expect(page.getByTestId("tracking-status")).toHaveText("Dalam Proses");
});
