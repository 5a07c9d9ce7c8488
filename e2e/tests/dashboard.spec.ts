import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { expectAccessible } from "./axe";
import { staffPage } from "./fixtures";
import { BACKOFFICE_URL } from "./urls";

test.describe.configure({ timeout: 120_000 });

test("Kadis: dasbor kantor contoh, ganti periode, buka berkas terlambat, unduh CSV", async ({ browser }) => {
  const page = await staffPage(browser, "kadis", DEMO_PASSWORD);
  await page.getByRole("link", { name: "Dasbor", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Dasbor Kinerja Pelayanan", level: 1 })).toBeVisible();

  // The seeded office has four months of history: this month already has files received.
  const overview = page.getByTestId("section-overview");
  await expect(overview.getByRole("heading", { name: "Ringkasan", level: 2 })).toBeVisible();
  for (const heading of ["Tren", "Waktu per langkah SOP", "Per peran", "Per pegawai", "Alasan pengembalian dan penolakan", "Berkas terlambat saat ini"]) {
    await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
  }
  // The SOP's own warning about the technical team is called out over the step table.
  await expect(page.getByText(/Tim Teknis terlambat menerbitkan rekomendasi/).first()).toBeVisible();
  await expectAccessible(page, "dasbor");

  // A longer period: the address bar keeps it, and this year holds at least what this month does.
  const received = () => page.getByTestId("overview-received").locator("dd").first();
  const receivedThisMonth = Number((await received().innerText()).replace(/\D/g, ""));
  await page.getByRole("button", { name: "Tahun ini" }).click();
  const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" }).format(new Date());
  await expect(page).toHaveURL(new RegExp(`dari=${year}-01-01`));
  await expect
    .poll(async () => Number((await received().innerText()).replace(/\D/g, "")))
    .toBeGreaterThanOrEqual(Math.max(receivedThisMonth, 1));
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`dari=${year}-01-01`));

  // A from–to period the wrong way round is refused in Indonesian, and nothing is shown for it.
  await page.getByLabel("Dari tanggal").fill(`${year}-03-31`);
  await page.getByLabel("Sampai tanggal").fill(`${year}-03-01`);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByLabel("Sampai tanggal")).toHaveAccessibleDescription(/Tanggal akhir tidak boleh sebelum tanggal awal\./);
  await expect(page.getByTestId("filter-error")).toContainText("Tanggal akhir tidak boleh sebelum tanggal awal.");
  await page.getByRole("button", { name: "Tahun ini" }).click();
  await expect(page.getByRole("heading", { name: "Ringkasan", level: 2 })).toBeVisible();

  // Every table downloads as CSV, for Excel set to Indonesian.
  const stepsSection = page.getByTestId("section-steps");
  const downloading = page.waitForEvent("download");
  await stepsSection.getByRole("link", { name: /Unduh CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^dasbor-langkah-\d{4}-\d{2}-\d{2}-sd-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path()) as string, "utf8");
  expect(csv.split("\r\n")[0]).toContain("Kegiatan;Pelaksana");
  expect(csv).toContain("Peninjauan lapangan");

  // The monthly report is a real PDF.
  const report = await page.request.get(`${BACKOFFICE_URL}/api/dasbor/laporan?bulan=${year}-01`);
  expect(report.status()).toBe(200);
  expect(report.headers()["content-type"]).toBe("application/pdf");
  expect((await report.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // The late files: open the first, land on its page.
  const overdue = page.getByTestId("section-overdue");
  const first = overdue.getByRole("link").filter({ hasText: /^[A-Z]+-/ }).first();
  const number = await first.innerText();
  await first.click();
  await expect(page).toHaveURL(/\/berkas\//);
  await expect(page.getByText(number).first()).toBeVisible();
});

test("Front Office tidak dapat membuka dasbor maupun mengunduh datanya", async ({ browser }) => {
  const page = await staffPage(browser, "frontoffice", DEMO_PASSWORD);
  await expect(page.getByRole("link", { name: "Dasbor", exact: true })).toHaveCount(0);
  await page.goto(`${BACKOFFICE_URL}/dasbor`);
  await expect(page.getByText("Anda tidak memiliki akses ke dasbor ini.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ringkasan" })).toHaveCount(0);
  const csv = await page.request.get(`${BACKOFFICE_URL}/api/dasbor/csv?tabel=ringkasan&dari=2026-01-01&sampai=2026-01-31`);
  expect(csv.status()).toBe(403);
  expect(await csv.text()).toBe("Anda tidak memiliki akses untuk tindakan ini.");
});

test.describe("dasbor di ponsel @ponsel", () => {
  test("Kadis membaca ringkasan di layar kecil", async ({ browser }) => {
    const page = await staffPage(browser, "kadis", DEMO_PASSWORD);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${BACKOFFICE_URL}/dasbor`);
    await expect(page.getByTestId("overview-received")).toBeVisible();
    // Tables scroll inside their frame; the page itself does not scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
