import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_APPLICANTS, DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { loginPortal, requirementFile, staffPage, untilLateUnderMe } from "../tests/fixtures";
import { BACKOFFICE_URL, PORTAL_URL } from "../tests/urls";

const OUT = process.env.SCREENS_DIR ?? "/tmp/screens";
fs.mkdirSync(OUT, { recursive: true });

const SIZES = { desktop: { width: 1366, height: 900 }, ponsel: { width: 390, height: 844 } } as const;

async function open(browser: Browser, size: keyof typeof SIZES, javaScript = true): Promise<Page> {
  const context = await browser.newContext({ viewport: SIZES[size], locale: "id-ID", timezoneId: "Asia/Jakarta", javaScriptEnabled: javaScript, isMobile: size === "ponsel" });
  return context.newPage();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

const staff = (browser: Browser, size: keyof typeof SIZES, username: string) => staffPage(browser, username, DEMO_PASSWORD, { viewport: SIZES[size], isMobile: size === "ponsel" });

async function applicant(browser: Browser, size: keyof typeof SIZES): Promise<Page> {
  const page = await open(browser, size);
  await loginPortal(page, DEMO_APPLICANTS[0]!.email, DEMO_PASSWORD);
  return page;
}

test("public pages without JavaScript, desktop and phone", async ({ browser }) => {
  for (const size of ["desktop", "ponsel"] as const) {
    const page = await open(browser, size, false);
    for (const [name, url] of [["beranda", "/"], ["masuk", "/masuk"], ["daftar", "/daftar"], ["lacak", "/lacak"], ["verifikasi", "/verifikasi"]] as const) {
      await page.goto(`${PORTAL_URL}${url}`);
      await shot(page, `publik-${name}-nojs-${size}`);
    }
    // A wrong login without JavaScript: the answer comes back as a page, the password not in the URL.
    await page.goto(`${PORTAL_URL}/masuk`);
    await page.getByLabel("Email atau NIK").fill(DEMO_APPLICANTS[0]!.email);
    await page.getByLabel("Kata sandi").fill("salah-sekali");
    await page.getByRole("button", { name: "Masuk" }).click();
    expect(page.url()).not.toContain("salah-sekali");
    await shot(page, `publik-masuk-gagal-nojs-${size}`);
    await page.context().close();
  }
});

test("a returned file: the portal refuses to resubmit, then the counter sees what was replaced", async ({ browser }) => {
  const id = "demo-berkas-dikembalikan";
  for (const size of ["desktop", "ponsel"] as const) {
    const page = await applicant(browser, size);
    await page.goto(`${PORTAL_URL}/permohonan/${id}`);
    await shot(page, `portal-dikembalikan-${size}`);
    await page.goto(`${PORTAL_URL}/permohonan/${id}/periksa`);
    await page.getByRole("button", { name: "Ajukan ulang permohonan" }).click();
    await expect(page.getByTestId("submit-error")).toBeVisible();
    await shot(page, `portal-ajukan-ulang-ditolak-${size}`);
    await page.context().close();
  }
  const page = await applicant(browser, "desktop");
  await page.goto(`${PORTAL_URL}/permohonan/${id}/ubah`);
  // The seed's return asked for a new STR and a new photo (the health certificate only to be shown).
  for (const code of ["STR", "PAS_FOTO"]) {
    const input = page.getByTestId(`requirement-${code}`);
    await expect(input.getByTestId("return-reason")).toContainText("unggah dokumen baru");
    const replacement = requirementFile(code, "dokumen-pengganti");
    await input.locator('input[type="file"]').setInputFiles(replacement);
    await expect(input.getByTestId("uploaded")).toContainText(replacement.name);
  }
  await page.getByRole("button", { name: "Lanjut: periksa jawaban" }).click();
  await page.getByRole("button", { name: "Ajukan ulang permohonan" }).click();
  await expect(page.getByTestId("file-status")).toHaveText("Dalam Proses");
  await page.context().close();
  for (const size of ["desktop", "ponsel"] as const) {
    const fo = await staff(browser, size, "frontoffice");
    await fo.goto(`${BACKOFFICE_URL}/berkas/${id}`);
    await fo.locator('[data-testid^="returned-"]').first().waitFor();
    await shot(fo, `loket-berkas-diajukan-ulang-${size}`);
    await fo.context().close();
  }
});

test("notices: the portal's Pemberitahuan, the bell and the administrator's delivery log", async ({ browser }) => {
  // The resubmission in the test above told the applicant and gave the counter new work.
  for (const size of ["desktop", "ponsel"] as const) {
    const page = await applicant(browser, size);
    await page.goto(`${PORTAL_URL}/pemberitahuan`);
    await page.getByTestId("notice-list").waitFor();
    await shot(page, `portal-pemberitahuan-${size}`);
    await page.context().close();
    const noScript = await open(browser, size, false);
    await loginPortal(noScript, DEMO_APPLICANTS[0]!.email, DEMO_PASSWORD).catch(() => undefined);
    await noScript.goto(`${PORTAL_URL}/pemberitahuan`);
    await shot(noScript, `portal-pemberitahuan-nojs-${size}`);
    await noScript.context().close();
    const fo = await staff(browser, size, "frontoffice");
    await shot(fo, `bo-lonceng-${size}`);
    await fo.goto(`${BACKOFFICE_URL}/pemberitahuan`);
    await shot(fo, `bo-pemberitahuan-${size}`);
    await fo.context().close();
    const admin = await staff(browser, size, "admin");
    await admin.goto(`${BACKOFFICE_URL}/admin/pemberitahuan`);
    await admin.getByTestId("notification-log").waitFor();
    await admin.getByTestId("notification-row").first().locator("summary").click();
    await shot(admin, `admin-pemberitahuan-${size}`);
    await admin.context().close();
  }
});

test("late under me: the Kabid's tab of escalated files", async ({ browser }) => {
  for (const size of ["desktop", "ponsel"] as const) {
    const kabid = await staff(browser, size, "kabid");
    await untilLateUnderMe(kabid);
    await kabid.getByTestId(size === "ponsel" ? "late-under-me-cards" : "late-under-me").waitFor();
    await shot(kabid, `bo-terlambat-di-bawah-saya-${size}`);
    await kabid.context().close();
  }
});

test("the inspection the team enters prints on the Berita Acara", async ({ browser }) => {
  const id = "demo-berkas-tim-teknis";
  const page = await staff(browser, "desktop", "timteknis");
  await page.goto(`${BACKOFFICE_URL}/berkas/${id}`);
  await page.getByTestId("action-panel").getByRole("button", { name: "Selesaikan", exact: true }).click();
  await expect(page.getByTestId("action-done")).toBeVisible();
  await page.goto(`${BACKOFFICE_URL}/berkas/${id}`);
  await page.getByLabel("Tanggal peninjauan").fill("2026-12-01");
  await page.getByLabel("Jam peninjauan").fill("14:45");
  await page.getByLabel("Tempat").fill("RSUD Sidikalang, Instalasi Rekam Medis");
  await page.getByLabel("Hasil peninjauan").fill("Pemohon bekerja aktif di instalasi rekam medis; ruang, rak berkas dan aplikasi rekam medis elektronik tersedia.");
  await shot(page, "tim-teknis-peninjauan-desktop");
  await page.getByTestId("action-panel").getByRole("button", { name: "Selesaikan", exact: true }).click();
  await expect(page.getByTestId("action-done")).toBeVisible();
  await page.goto(`${BACKOFFICE_URL}/berkas/${id}`);
  const link = page.getByRole("link", { name: /Berita Acara/i }).first();
  const href = await link.getAttribute("href");
  const response = await page.request.get(`${BACKOFFICE_URL}${href}`);
  expect(response.ok()).toBe(true);
  fs.writeFileSync(path.join(OUT, "berita-acara.pdf"), await response.body());
  await page.context().close();
});

test("the office's data and its kop", async ({ browser }) => {
  for (const size of ["desktop", "ponsel"] as const) {
    const page = await staff(browser, size, "admin");
    await page.goto(`${BACKOFFICE_URL}/admin/kantor`);
    await page.getByRole("img", { name: "Lambang daerah pada kop" }).waitFor();
    await shot(page, `admin-kantor-${size}`);
    await page.goto(`${BACKOFFICE_URL}/admin/hari-libur`);
    await page.getByTestId("add-special-hours").waitFor();
    await shot(page, `admin-kalender-${size}`);
    await page.goto(`${BACKOFFICE_URL}/admin/instansi-teknis`);
    await page.getByTestId("agency-DINKES").waitFor();
    await shot(page, `admin-instansi-${size}`);
    await page.goto(`${BACKOFFICE_URL}/admin/pegawai`);
    await page.getByTestId("staff-list").waitFor();
    await shot(page, `admin-pegawai-${size}`);
    await page.goto(`${BACKOFFICE_URL}/admin/jenis-izin`);
    await page.getByRole("link", { name: /^Ubah/ }).first().waitFor();
    await shot(page, `admin-jenis-izin-${size}`);
    await page.getByRole("link", { name: /^Ubah/ }).first().click();
    await page.getByTestId("walk-NEW").waitFor();
    // The whole editor is long: its first screen and each section's first screen, as a person sees them.
    await page.screenshot({ path: path.join(OUT, `admin-jenis-izin-editor-${size}.png`) });
    for (const section of ["formulir", "alur", "surat"]) {
      await page.locator(`#${section}`).scrollIntoViewIfNeeded();
      await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), section);
      await page.screenshot({ path: path.join(OUT, `admin-jenis-izin-editor-${section}-${size}.png`) });
    }
    await page.context().close();
  }
  const kadis = await staff(browser, "desktop", "kadis");
  const month = new Date().toISOString().slice(0, 7);
  const response = await kadis.request.get(`${BACKOFFICE_URL}/api/dasbor/laporan?bulan=${month}`);
  expect(response.ok()).toBe(true);
  fs.writeFileSync(path.join(OUT, "laporan-bulanan.pdf"), await response.body());
  await kadis.goto(`${BACKOFFICE_URL}/dasbor`);
  await shot(kadis, "dasbor-desktop");
  await kadis.context().close();
});
