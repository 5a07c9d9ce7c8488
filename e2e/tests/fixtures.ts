import { deflateSync } from "node:zlib";
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
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

export async function staffPage(browser: Browser, username: string, password: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta", ...options });
  const page = await context.newPage();
  await page.goto(`${BACKOFFICE_URL}/masuk`);
  await page.getByLabel("Nama pengguna atau NIP").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("heading", { name: "Kotak Masuk" }).waitFor();
  return page;
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The file a test uploads for a requirement: the pas foto is an image, every other one a PDF. */
export function requirementFile(code: string, label = code.toLowerCase()): { name: string; mimeType: string; buffer: Buffer } {
  return code === "PAS_FOTO" ? { ...largePhoto(120, 160), name: `${label}.png` } : pdf(label);
}

/** A phone-camera-sized PNG over 5 MB (stored uncompressed), as a photo that must be made smaller. */
export function largePhoto(width = 1600, height = 1200): { name: string; mimeType: string; buffer: Buffer } {
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 255) / width;
      raw[row + 2 + x * 3] = (y * 255) / height;
      raw[row + 3 + x * 3] = 128;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 0 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return { name: "foto-ktp.png", mimeType: "image/png", buffer: png };
}

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

/** The email the office sent to `to` whose subject matches, read from the suite's SMTP server (mail-sink.ts) once the worker has delivered it. */
export async function mailTo(to: string, subject: RegExp): Promise<ReceivedMail> {
  const url = `http://127.0.0.1:${process.env.E2E_MAIL_API_PORT ?? 2526}/messages?to=${encodeURIComponent(to)}`;
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await fetch(url)).json()) as ReceivedMail[];
        found = mails.find((m) => subject.test(m.subject));
        return found !== undefined;
      },
      { message: `email "${subject.source}" untuk ${to}`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

/** Reloads the inbox until "Terlambat di bawah saya" has a count: the worker's first clock sweep runs as the apps start. */
export async function untilLateUnderMe(page: Page): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("late-count")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await page.getByRole("tab", { name: /Terlambat di bawah saya/ }).click();
}
