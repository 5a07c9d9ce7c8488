import type { Browser, Page } from "@playwright/test";
import { BACKOFFICE_URL, PORTAL_URL } from "./urls";

/** A small genuine PDF, as a scanner would give. */
export function pdf(label: string): { name: string; mimeType: string; buffer: Buffer } {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${label} ${"x".repeat(2000)}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return { name: `${label}.pdf`, mimeType: "application/pdf", buffer: Buffer.from(body) };
}

/** A NIK of valid form, different on every call, so each run registers a new person. */
export function freshNik(): string {
  const serial = String(1 + Math.floor(Math.random() * 9998)).padStart(4, "0");
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, "0");
  return `121103${day}0895${serial}`;
}

export async function loginPortal(page: Page, identifier: string, password: string) {
  await page.goto(`${PORTAL_URL}/masuk`);
  await page.getByLabel("Email atau NIK").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("heading", { name: "Permohonan Saya" }).waitFor();
}

export async function staffPage(browser: Browser, username: string, password: string): Promise<Page> {
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  await page.goto(`${BACKOFFICE_URL}/masuk`);
  await page.getByLabel("Nama pengguna atau NIP").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("heading", { name: "Kotak Masuk" }).waitFor();
  return page;
}
