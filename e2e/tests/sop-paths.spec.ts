import { createHash } from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO_APPLICANTS } from "../../packages/db/src/seed/data";
import { judgeAll, Office, portalFile, submitApplication } from "./sop-helpers";
import { PORTAL_URL } from "./urls";

test.describe.configure({ timeout: 360_000 });

const SELESAI = "Selesaikan";

/** Steps 2–8 up to the Tim Teknis's recommendation, each by the demo account of its role. */
async function throughTechnicalTeam(office: Office, id: string) {
  await office.act("frontoffice", id, SELESAI, (p) => judgeAll(p)); // 2 check completeness
  await office.act("frontoffice", id, SELESAI); // 3 receipt (Resi)
  await office.act("backoffice", id, SELESAI, async (p) => {
    await p.getByLabel("Isi disposisi").fill("Mohon diverifikasi dan diteruskan ke Tim Teknis.");
  }); // 4 disposition
  await office.act("backoffice", id, SELESAI, async (p) => {
    await judgeAll(p);
    await p.getByLabel(/dr\. Lamhot Sihombing/).check();
  }); // 5 verify, assign the team
  await office.act("timteknis", id, SELESAI); // 6 coordination
  await office.act("timteknis", id, SELESAI, async (p) => {
    await p.getByLabel("Tanggal peninjauan").fill("2026-11-27");
    await p.getByLabel("Jam peninjauan").fill("09:30");
    await p.getByLabel("Tempat").fill("RSUD Sidikalang, unit rekam medis");
    await p.getByLabel("Hasil peninjauan").fill("Pemohon bekerja aktif di unit rekam medis; sarana sesuai.");
  }); // 7 field inspection
}

test("jalur izin terbit: 23 langkah oleh akun tiap peran, izin bernomor diunduh pemohon dan QR-nya asli", async ({ page, browser }) => {
  const office = new Office(browser);
  const { id } = await submitApplication(page, 1);
  await throughTechnicalTeam(office, id);
  await office.act("timteknis", id, "Setujui", async (p) => {
    await p.getByLabel("Hasil penilaian Tim Teknis (untuk Rekomendasi)").fill("Memenuhi persyaratan administrasi dan teknis.");
  }); // 8 approve
  await office.act("backoffice", id, SELESAI); // 16 recommendation received
  await office.act("backoffice", id, SELESAI); // 17 permit draft, paraf
  await office.act("kabid", id, SELESAI); // 18 paraf
  await office.act("sekretaris", id, SELESAI); // 19 paraf
  await office.act("kadis", id, SELESAI); // 20 signature
  const kasubbag = await office.act("kasubbag", id, SELESAI); // 21 number
  await expect(kasubbag.getByTestId("letters")).toContainText(/Surat Izin Kerja Perekam Medis — 503\/\d+\/SIK-PM\/DPMPTSP\/\d{4}/);
  await office.act("frontoffice", id, SELESAI); // 22 delivery
  await office.close();

  // 23: the applicant confirms receipt in the portal, and the file closes ISSUED.
  await page.goto(portalFile(id));
  await page.getByRole("button", { name: "Saya sudah menerima surat" }).click();
  await expect(page.getByTestId("file-status")).toHaveText("Izin Terbit");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Surat Izin Kerja Perekam Medis — 503\// }).click();
  const file = await (await download).path();
  const bytes = fs.readFileSync(file!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const number = (await page.getByRole("link", { name: /Surat Izin Kerja Perekam Medis — 503\// }).textContent())!.match(/503\/\d+\/SIK-PM\/DPMPTSP\/\d{4}/)![0];

  // The QR code's page says genuine; so does the hash of the downloaded copy.
  await page.goto(`${PORTAL_URL}/verifikasi/${encodeURIComponent(number)}`);
  await expect(page.getByTestId("verify-valid")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: DEMO_APPLICANTS[1]!.name })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "OLOAN HASUGIAN" })).toBeVisible();
  await page.goto(`${PORTAL_URL}/verifikasi`);
  await page.getByLabel("Pilih berkas PDF surat yang ingin diperiksa").setInputFiles({ name: "izin.pdf", mimeType: "application/pdf", buffer: bytes });
  await expect(page.getByText(createHash("sha256").update(bytes).digest("hex"))).toBeVisible();
  await expect(page.getByTestId("hash-genuine")).toContainText(number);
  const tampered = Buffer.concat([bytes, Buffer.from("\n% diubah\n")]);
  await page.getByLabel("Pilih berkas PDF surat yang ingin diperiksa").setInputFiles({ name: "izin.pdf", mimeType: "application/pdf", buffer: tampered });
  await expect(page.getByTestId("hash-unknown")).toBeVisible();
});

test("jalur penolakan: rekomendasi menolak, surat penolakan diparaf, ditandatangani, dinomori, diterima di loket", async ({ page, browser }) => {
  const office = new Office(browser);
  const { id } = await submitApplication(page, 0);
  await throughTechnicalTeam(office, id);
  await office.act("timteknis", id, "Tolak", async (p) => {
    await p.getByLabel("Hasil penilaian Tim Teknis (untuk Rekomendasi)").fill("Pemohon tidak bekerja pada fasilitas yang disebut.");
    await p.getByLabel(/Alasan \(satu per baris/).fill("Surat keterangan bekerja tidak sesuai dengan hasil peninjauan lapangan");
  }); // 8 reject
  await office.act("timteknis", id, SELESAI); // 9 rejection letter drafted
  await office.act("kabid", id, SELESAI); // 10 paraf
  await office.act("sekretaris", id, SELESAI); // 11 paraf
  await office.act("sekretaris", id, SELESAI); // 12 signature
  const kasubbag = await office.act("kasubbag", id, SELESAI); // 13 outgoing-letter number
  await expect(kasubbag.getByTestId("letters")).toContainText(/Penolakan Permohonan Izin — 503\/\d+\/DPMPTSP\/\d{4}/);
  await office.act("frontoffice", id, SELESAI); // 14 delivery
  await office.act("frontoffice", id, "Catat Penerimaan di Loket", undefined, "Ditolak"); // 15 receipt at the counter
  const fo = await office.as("frontoffice");
  await expect(fo.getByTestId("history")).toContainText("dicatat untuk pemohon");
  await office.close();

  await page.goto(portalFile(id));
  await expect(page.getByTestId("file-status")).toHaveText("Ditolak");
  await expect(page.getByRole("link", { name: /Penolakan Permohonan Izin — 503\// })).toBeVisible();
});

test("dikembalikan di langkah 2 dan lagi di langkah 5, lalu diselesaikan sampai izin terbit", async ({ page, browser }) => {
  const office = new Office(browser);
  const { id } = await submitApplication(page, 1);
  const resubmit = async () => {
    await page.goto(`${portalFile(id)}/periksa`);
    await page.getByRole("button", { name: "Ajukan ulang permohonan" }).click();
    await expect(page.getByTestId("file-status")).toHaveText("Dalam Proses");
  };
  await office.act("frontoffice", id, "Kembalikan ke Pemohon", (p) => judgeAll(p, { KTP: { reason: "foto KTP buram" } }), "Dikembalikan ke Pemohon");
  await resubmit();
  await office.act("frontoffice", id, SELESAI, (p) => judgeAll(p));
  await office.act("frontoffice", id, SELESAI);
  await office.act("backoffice", id, SELESAI, async (p) => p.getByLabel("Isi disposisi").fill("Verifikasi."));
  await office.act("backoffice", id, "Kembalikan ke Pemohon", (p) => judgeAll(p, { STR: { reason: "legalisir STR tidak tampak" } }), "Dikembalikan ke Pemohon");
  await page.goto(portalFile(id));
  await expect(page.getByTestId("returned-banner")).toContainText("legalisir STR tidak tampak");
  await resubmit();
  await throughTechnicalTeam(office, id);
  await office.act("timteknis", id, "Setujui", async (p) => p.getByLabel("Hasil penilaian Tim Teknis (untuk Rekomendasi)").fill("Memenuhi syarat."));
  for (const who of ["backoffice", "backoffice", "kabid", "sekretaris", "kadis", "kasubbag", "frontoffice"]) await office.act(who, id, SELESAI);
  await office.act("frontoffice", id, "Catat Penerimaan di Loket", undefined, "Izin Terbit");
  await office.close();
  await page.goto(portalFile(id));
  await expect(page.getByTestId("file-status")).toHaveText("Izin Terbit");
});
