import { expect, test, type Page } from "@playwright/test";
import { DEMO_APPLICANTS, DEMO_PASSWORD, DEMO_STAFF } from "../../packages/db/src/seed/data";
import { freshNik } from "./fixtures";
import { BACKOFFICE_URL, PORTAL_URL } from "./urls";

async function login(page: Page, url: string, identifier: string, password: string) {
  await page.goto(`${url}/masuk`);
  await page.getByLabel(/Nama pengguna atau NIP|Email atau NIK/).fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

test.describe("login ke back office", () => {
  for (const staff of DEMO_STAFF) {
    test(`${staff.username} (${staff.roles.join(", ")}) masuk dan melihat Kotak Masuk`, async ({ page }) => {
      await login(page, BACKOFFICE_URL, staff.username, DEMO_PASSWORD);
      await expect(page.getByRole("heading", { name: "Kotak Masuk" })).toBeVisible();
      await expect(page.getByTestId("user-name")).toHaveText(staff.name);
      await expect(page.getByTestId("user-roles")).toContainText(staff.jobTitle);
    });
  }

  test("dengan NIP juga bisa masuk", async ({ page }) => {
    const staff = DEMO_STAFF[0]!;
    await login(page, BACKOFFICE_URL, staff.nip, DEMO_PASSWORD);
    await expect(page.getByRole("heading", { name: "Kotak Masuk" })).toBeVisible();
  });

  test("front office melihat berkas baru di Kotak Masuk", async ({ page }) => {
    await login(page, BACKOFFICE_URL, "frontoffice", DEMO_PASSWORD);
    await expect(page.getByTestId("inbox")).toContainText(DEMO_APPLICANTS[0]!.name);
  });

  test("kata sandi salah: pesan jelas dalam bahasa Indonesia, tidak lebih", async ({ page }) => {
    await login(page, BACKOFFICE_URL, "kadis", "salah-sekali");
    await expect(page.getByTestId("login-error")).toHaveText("Nama pengguna/NIP atau kata sandi salah.");
    await login(page, BACKOFFICE_URL, "tidak-ada-orangnya", "salah-sekali");
    await expect(page.getByTestId("login-error")).toHaveText("Nama pengguna/NIP atau kata sandi salah.");
  });

  test("akun pemohon tidak dapat masuk ke back office", async ({ page }) => {
    await login(page, BACKOFFICE_URL, DEMO_APPLICANTS[0]!.email, DEMO_PASSWORD);
    await expect(page.getByTestId("login-error")).toBeVisible();
  });
});

test.describe("login ke portal @ponsel", () => {
  test("pemohon contoh masuk dan melihat permohonannya", async ({ page }) => {
    const applicant = DEMO_APPLICANTS[0]!;
    await login(page, PORTAL_URL, applicant.email, DEMO_PASSWORD);
    await expect(page.getByRole("heading", { name: "Permohonan Saya" })).toBeVisible();
    await expect(page.getByTestId("user-name")).toHaveText(applicant.name);
    await expect(page.getByTestId("my-applications")).toContainText("Surat Izin Kerja Perekam Medis");
  });

  test("kata sandi salah di portal", async ({ page }) => {
    await login(page, PORTAL_URL, DEMO_APPLICANTS[1]!.email, "bukan-sandinya");
    await expect(page.getByTestId("login-error")).toHaveText("Email/NIK atau kata sandi salah.");
  });

  test("sesi portal dan back office tidak saling menimpa", async ({ page }) => {
    await login(page, PORTAL_URL, DEMO_APPLICANTS[0]!.email, DEMO_PASSWORD);
    await expect(page.getByRole("heading", { name: "Permohonan Saya" })).toBeVisible();
    await login(page, BACKOFFICE_URL, "kadis", DEMO_PASSWORD);
    await expect(page.getByRole("heading", { name: "Kotak Masuk" })).toBeVisible();
    await page.goto(`${PORTAL_URL}/permohonan`);
    await expect(page.getByTestId("user-name")).toHaveText(DEMO_APPLICANTS[0]!.name);
  });

  test("informasi layanan dibangkitkan dari SOP: daftar semua jenis izin, lalu halaman tiap layanan", async ({ page }) => {
    await page.goto(PORTAL_URL);
    const card = page.getByTestId("service-SIK-PEREKAM-MEDIS");
    await expect(card.getByRole("heading", { name: "Surat Izin Kerja Perekam Medis" })).toBeVisible();
    await expect(card.getByTestId("service-standard")).toContainText("5 hari 7 jam 45 menit");
    await expect(page.getByTestId("service-IZIN-REKLAME")).toBeVisible();
    await card.getByRole("link", { name: /Persyaratan dan prosedur/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Surat Izin Kerja Perekam Medis" })).toBeVisible();
    await expect(page.getByTestId("service-standard")).toContainText("5 hari 7 jam 45 menit");
    await expect(page.getByText("Pas foto berwarna 4x6")).toBeVisible();
  });
});

/**
 * Without JavaScript the forms post to server actions: login, a refusal, registration. Nothing a
 * person typed (password, NIK) appears in the address bar.
 */
test.describe("tanpa JavaScript @ponsel", () => {
  test.use({ javaScriptEnabled: false });

  test("pemohon masuk dengan NIK: sandi salah ditolak dengan pesan, lalu berhasil", async ({ page }) => {
    const applicant = DEMO_APPLICANTS[1]!;
    await login(page, PORTAL_URL, applicant.nik, "bukan-sandinya");
    await expect(page.getByTestId("login-error")).toHaveText("Email/NIK atau kata sandi salah.");
    await expect(page.getByLabel("Email atau NIK")).toHaveValue(applicant.nik);
    expect(page.url()).not.toContain(applicant.nik);
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByRole("heading", { name: "Permohonan Saya" })).toBeVisible();
    await expect(page.getByTestId("user-name")).toHaveText(applicant.name);
    expect(page.url()).toBe(`${PORTAL_URL}/permohonan`);
  });

  test("petugas masuk ke back office", async ({ page }) => {
    await login(page, BACKOFFICE_URL, "kadis", DEMO_PASSWORD);
    await expect(page.getByRole("heading", { name: "Kotak Masuk" })).toBeVisible();
    expect(page.url()).toBe(`${BACKOFFICE_URL}/`);
  });

  test("daftar: NIK yang sudah terdaftar ditandai, isian lain tetap; lalu berhasil dan langsung masuk", async ({ page }) => {
    const taken = DEMO_APPLICANTS[0]!;
    const nik = freshNik();
    await page.goto(`${PORTAL_URL}/daftar`);
    await page.getByLabel("Nama lengkap (sesuai KTP)").fill("Rosmawati Br Sitorus");
    await page.getByLabel("NIK (16 angka)").fill(taken.nik);
    await page.getByLabel("Email").fill(`tanpa.js.${nik}@contoh.id`);
    await page.getByLabel("Nomor ponsel").fill("081299990000");
    await page.getByLabel("Kata sandi", { exact: true }).fill("SandiKuat123");
    await page.getByLabel("Ulangi kata sandi").fill("SandiKuat123");
    await page.getByRole("button", { name: "Daftar" }).click();
    await expect(page.getByLabel("NIK (16 angka)")).toHaveAccessibleDescription(/NIK ini sudah terdaftar/);
    await expect(page.getByLabel("Nama lengkap (sesuai KTP)")).toHaveValue("Rosmawati Br Sitorus");
    await expect(page.getByLabel("Kata sandi", { exact: true })).toHaveValue("");
    expect(page.url()).toBe(`${PORTAL_URL}/daftar`);
    await page.getByLabel("NIK (16 angka)").fill(nik);
    await page.getByLabel("Kata sandi", { exact: true }).fill("SandiKuat123");
    await page.getByLabel("Ulangi kata sandi").fill("SandiKuat123");
    await page.getByRole("button", { name: "Daftar" }).click();
    await expect(page.getByRole("heading", { name: "Permohonan Saya" })).toBeVisible();
    await expect(page.getByTestId("user-name")).toHaveText("Rosmawati Br Sitorus");
  });
});
