import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_APPLICANTS, DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { loginPortal, requirementFile, staffPage } from "./fixtures";
import { BACKOFFICE_URL, PORTAL_URL } from "./urls";

export const REQUIREMENT_CODES = ["SURAT_PERMOHONAN", "KTP", "IJAZAH", "STR", "SURAT_SEHAT", "SURAT_KETERANGAN_BEKERJA", "PAS_FOTO", "REKOMENDASI_DINKES"];

/**
 * The clerk's completeness check: every requirement judged "Memenuhi syarat" after its document
 * is in view, except those given here as not met (with the reason and whether a new document is needed).
 */
export async function judgeAll(page: Page, unmet: Record<string, { reason: string; newDocument?: boolean }> = {}): Promise<void> {
  for (const code of REQUIREMENT_CODES) {
    const row = page.getByTestId(`check-${code}`);
    const problem = unmet[code];
    if (!problem) {
      await row.getByLabel("Memenuhi syarat", { exact: true }).check();
      continue;
    }
    await row.getByLabel("Belum memenuhi syarat").check();
    await row.getByLabel("Alasan belum memenuhi syarat").fill(problem.reason);
    if (problem.newDocument) await row.getByLabel("Pemohon harus mengunggah dokumen baru").check();
  }
}

/** A demo applicant starts, fills and submits a complete application in the portal; returns the file id. */
export async function submitApplication(page: Page, applicantIndex = 1): Promise<{ id: string; registrationNumber: string }> {
  const applicant = DEMO_APPLICANTS[applicantIndex]!;
  await loginPortal(page, applicant.email, DEMO_PASSWORD);
  await page.getByRole("button", { name: "Mulai permohonan Surat Izin Kerja Perekam Medis" }).click();
  await expect(page.getByRole("heading", { name: "Isi Permohonan" })).toBeVisible();
  const id = page.url().split("/").at(-2)!;
  await page.getByLabel("Tempat lahir").fill("Sidikalang");
  await page.getByLabel("Tanggal lahir").fill("1992-08-07");
  await page.getByLabel("Alamat tempat tinggal").fill("Jl. Pahlawan 12, Sidikalang");
  await page.getByLabel("Nomor STR Perekam Medis").fill("RM 1211 2026 0042");
  await page.getByRole("radiogroup", { name: /STR berlaku seumur hidup/ }).getByLabel("Ya").check();
  await page.getByLabel("Nama fasilitas pelayanan kesehatan tempat bekerja").fill("RSUD Sidikalang");
  await page.getByLabel("Alamat fasilitas pelayanan kesehatan").fill("Jl. Rumah Sakit 19, Sidikalang");
  for (const code of REQUIREMENT_CODES) {
    await page.getByTestId(`file-input-${code}`).setInputFiles(requirementFile(code));
    await expect(page.getByTestId(`requirement-${code}`).getByTestId("uploaded")).toBeVisible();
  }
  await page.getByRole("button", { name: "Lanjut: periksa jawaban" }).click();
  await page.getByRole("button", { name: "Ajukan permohonan" }).click();
  await expect(page.getByTestId("submitted-banner")).toBeVisible();
  return { id, registrationNumber: (await page.getByTestId("registration-number").textContent())!.trim() };
}

/** Staff sessions, one per demo account, opened once per test. */
export class Office {
  private pages = new Map<string, Page>();
  constructor(private readonly browser: Browser) {}

  async as(username: string): Promise<Page> {
    let page = this.pages.get(username);
    if (!page) {
      page = await staffPage(this.browser, username, DEMO_PASSWORD);
      this.pages.set(username, page);
    }
    return page;
  }

  /** Opens the file as `username`, fills what the step's form needs, and takes `action`. */
  async act(username: string, fileId: string, action: string, fill?: (page: Page) => Promise<void>, expectedStatus?: string): Promise<Page> {
    const page = await this.as(username);
    await page.goto(`${BACKOFFICE_URL}/berkas/${fileId}`);
    await expect(page.getByTestId("action-panel")).toBeVisible();
    if (fill) await fill(page);
    await page.getByTestId("action-panel").getByRole("button", { name: action, exact: true }).click();
    await expect(page.getByTestId("action-done")).toBeVisible();
    if (expectedStatus) await expect(page.getByTestId("file-status")).toHaveText(expectedStatus);
    return page;
  }

  async close() {
    for (const p of this.pages.values()) await p.context().close();
  }
}

export const portalFile = (id: string) => `${PORTAL_URL}/permohonan/${id}`;
