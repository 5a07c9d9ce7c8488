import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { LETTER_KINDS, LETTER_TITLES, type LetterInput, type LetterKind, renderLetter, unsignedDocumentSigner } from "./index";
import { validitySentence } from "./render";
import { KADIS, TEAM, sample } from "./testing/fixtures";
import { pageTexts } from "./testing/pdf";

const ascii = (bytes: Uint8Array, from: number, to?: number): string => Buffer.from(bytes.subarray(from, to)).toString("latin1");
const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

async function text(input: LetterInput): Promise<{ pdf: Uint8Array; pages: string[]; all: string }> {
  const pdf = await renderLetter(input);
  const pages = await pageTexts(pdf);
  return { pdf, pages, all: pages.join(" ") };
}

/** Facts each kind must show, beyond those every letter shows. */
const KEY_FACTS: Record<LetterKind, string[]> = {
  RESI_PENERIMAAN: [
    "Fotokopi KTP",
    "Fotokopi Surat Tanda Registrasi (STR) Perekam Medis yang masih berlaku",
    "Ada",
    "Waktu Penerimaan : 29 November 2026 pukul 09.47 WIB",
    "paling lama 5 (lima) hari kerja",
    "memindai kode QR",
    "Petugas Front Office,",
    "Dewi Sinaga",
    "NIP. 19920310 201903 2 008",
  ],
  LEMBAR_DISPOSISI: [
    "Nomor Agenda",
    "Diteruskan kepada Kepala Bidang Pelayanan Perizinan dan Non Perizinan",
    "Isi Disposisi Mohon segera diproses",
    "NIP. 19750831 200312 1 003",
  ],
  SURAT_PERMINTAAN_REKOMENDASI: [
    "Sifat : Biasa",
    "Lampiran : 1 (satu) berkas",
    "Hal : Permintaan Rekomendasi Teknis",
    "Yth. Kepala Dinas Kesehatan Kabupaten Dairi",
    "dr. Hotman Simanjuntak",
    "RSUD Sidikalang",
    "NIP. 19750831 200312 1 003",
  ],
  BERITA_ACARA: [
    "Pada hari ini Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam (27-11-2026)",
    "Lokasi peninjauan : RSUD Sidikalang",
    "Hasil peninjauan lapangan:",
    "Tanda Tangan",
    "Ns. Maria Tambunan, S.Kep",
  ],
  REKOMENDASI: [
    "DAPAT DISETUJUI",
    "Hasil penilaian:",
    "1. Persyaratan administrasi telah dipenuhi.",
    "2. Hasil peninjauan lapangan sesuai dengan data permohonan.",
  ],
  SURAT_PENOLAKAN: [
    "Hal : Penolakan Permohonan Izin",
    "Yth. Sdr. Rina Situmorang, A.Md.RMIK",
    "tidak dapat disetujui dengan alasan sebagai berikut:",
    "1. Surat Tanda Registrasi (STR) yang dilampirkan telah habis masa berlakunya pada tanggal 12 Oktober 2026.",
    "2. Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tidak mencantumkan jabatan pemohon sebagai perekam medis.",
    "a. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "dapat mengajukan permohonan kembali setelah seluruh persyaratan dipenuhi",
    "Paraf: Kabid Pelayanan (Januarius Lingga, 28-11-2026 09.05 WIB) · Sekretaris (Rusmauli Siregar, 28-11-2026 14.40 WIB)",
    "NIP. 19800315 200604 2 011",
  ],
  SURAT_IZIN: [
    "dengan ini memberikan Surat Izin Kerja Perekam Medis kepada:",
    "Nama : Rina Situmorang, A.Md.RMIK",
    "NIK : 1211034506950002",
    "Tempat, tanggal lahir : Sidikalang, 5 Juni 1995",
    "Nomor STR : RM00000123456789",
    "Masa berlaku STR : s.d. 12 Juni 2031",
    "Tempat bekerja : RSUD Sidikalang",
    "Alamat tempat bekerja : Jl. Rumah Sakit No. 19, Sidikalang, Kabupaten Dairi",
    "berlaku sampai dengan tanggal 12 Juni 2031 selama STR masih berlaku dan yang bersangkutan bekerja pada fasilitas",
    "Ditetapkan di Sidikalang pada tanggal 29 November 2026",
    "KEPALA DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN KETENAGAKERJAAN KABUPATEN DAIRI,",
    "OLOAN HASUGIAN, ST NIP. 19750831 200312 1 003",
    "Paraf: Kabid Pelayanan",
  ],
};

/** Kinds whose sample is signed (a SignatureRecord) when final. */
const SIGNED_WHEN_FINAL: Partial<Record<LetterKind, string>> = {
  RESI_PENERIMAAN: "Ditandatangani pada 29 November 2026 pukul 10.20 WIB",
  SURAT_PERMINTAAN_REKOMENDASI: "Ditandatangani pada 29 November 2026 pukul 11.00 WIB",
  SURAT_PENOLAKAN: "Ditandatangani pada 29 November 2026 pukul 10.15 WIB",
  SURAT_IZIN: "Ditandatangani pada 29 November 2026 pukul 10.15 WIB",
};

describe.each(LETTER_KINDS.map((kind) => [kind]))("%s", (kind) => {
  it("renders a valid PDF with the key facts (final)", async () => {
    const input = sample(kind);
    const { pdf, pages, all } = await text(input);
    expect(ascii(pdf, 0, 5)).toBe("%PDF-");
    expect(ascii(pdf, pdf.length - 8).trimEnd().endsWith("%%EOF")).toBe(true);
    expect(pages).toHaveLength(1);

    // Kop surat
    expect(all).toContain("PEMERINTAH KABUPATEN DAIRI");
    expect(all).toContain("DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN KETENAGAKERJAAN");
    expect(all).toContain("Laman: dpmptsp.dairikab.go.id, Pos-el: dpmptsp@dairikab.go.id");

    expect(all).toContain(LETTER_TITLES[kind]);
    expect(all).toContain(input.number!);
    expect(all).toContain("Rina Situmorang, A.Md.RMIK");
    expect(all).toContain("PM-2026-000123");
    expect(all).toContain("29 November 2026");
    expect(all).toContain("Halaman 1 dari 1");
    for (const fact of KEY_FACTS[kind]) expect(all).toContain(fact);
    const signed = SIGNED_WHEN_FINAL[kind];
    if (signed) expect(all).toContain(signed);
    else expect(all).not.toContain("Ditandatangani pada");
    expect(all).not.toContain("DRAF");
  });

  it("renders a draft: watermark text and no number", async () => {
    const input = sample(kind, true);
    const { pages, all } = await text(input);
    for (const page of pages) expect(page).toContain("DRAF");
    expect(all).toContain("DRAF — belum bernomor");
    expect(all).not.toContain(sample(kind).number!);
    expect(all).not.toContain("Ditandatangani pada");
    expect(all).toContain("PM-2026-000123");
  });
});

describe("letters in detail", () => {
  it("prints the Sidikalang date line at the top of a Surat Dinas", async () => {
    const { all } = await text(sample("SURAT_PENOLAKAN"));
    expect(all).toContain("Sidikalang, 29 November 2026 Nomor : 503/1201/DPMPTSP-KTK/2026");
  });

  it("an STR without expiry reads 'Berlaku seumur hidup'", async () => {
    const input = { ...sample("SURAT_IZIN"), strValidUntil: null } as LetterInput;
    expect((await text(input)).all).toContain("Masa berlaku STR : Berlaku seumur hidup");
  });

  it.each([
    [
      "sampai dengan tanggal 12 Juni 2031",
      "Surat Izin Kerja ini berlaku sampai dengan tanggal 12 Juni 2031 selama STR masih berlaku dan yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut di atas.",
    ],
    [
      "",
      "Surat Izin Kerja ini berlaku selama STR masih berlaku dan yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut di atas.",
    ],
    [
      "Surat izin ini berlaku selama yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut.",
      "Surat izin ini berlaku selama yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut.",
    ],
  ])("validity %j", (validUntilText, sentence) => {
    expect(validitySentence(validUntilText)).toBe(sentence);
  });

  it("a whole validity sentence is printed once, as given", async () => {
    const sentence = "Surat izin ini berlaku sampai dengan berakhirnya masa berlaku STR dan selama yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut.";
    const { all } = await text({ ...sample("SURAT_IZIN"), validUntilText: sentence } as LetterInput);
    expect(all).toContain(sentence);
    expect(all).not.toContain("Surat Izin Kerja ini berlaku Surat");
  });

  it("a Berita Acara signed by a team member shows the signature in the member's table row", async () => {
    const person = TEAM[0]!;
    const input = { ...sample("BERITA_ACARA"), signatory: person, signature: { ...person, signedAt: new Date("2026-11-27T05:00:00Z") } } as LetterInput;
    const { pages, all } = await text(input);
    expect(pages).toHaveLength(1);
    expect(all).toContain("Ditandatangani pada 27 November 2026 pukul 12.00 WIB");
    expect(all).not.toContain("Mengetahui,");
  });

  it("a Berita Acara known by the Kepala Dinas carries his block under 'Mengetahui,'", async () => {
    const input = { ...sample("BERITA_ACARA"), signatory: KADIS, signature: { ...KADIS, signedAt: new Date("2026-11-27T05:00:00Z") } } as LetterInput;
    const { all } = await text(input);
    expect(all).toContain(`Mengetahui, ${KADIS.title},`);
    expect(all).toContain("OLOAN HASUGIAN, ST NIP. 19750831 200312 1 003 Ditandatangani pada 27 November 2026 pukul 12.00 WIB");
  });

  it("a rejecting recommendation lists its reasons", async () => {
    const input = {
      ...sample("REKOMENDASI"),
      decision: "REJECT",
      reasons: ["STR tidak berlaku lagi.", "Pemohon tidak bekerja pada fasilitas yang disebutkan."],
    } as LetterInput;
    const { all } = await text(input);
    expect(all).toContain("TIDAK DAPAT DISETUJUI dengan alasan sebagai berikut:");
    expect(all).toContain("1. STR tidak berlaku lagi.");
    expect(all).toContain("2. Pemohon tidak bekerja pada fasilitas yang disebutkan.");
  });

  it("without a signature record, the signatory's block is printed unsigned", async () => {
    const input = { ...sample("SURAT_IZIN"), signature: null, signatory: KADIS } as LetterInput;
    const { all } = await text(input);
    expect(all).toContain("OLOAN HASUGIAN, ST NIP. 19750831 200312 1 003");
    expect(all).not.toContain("Ditandatangani pada");
  });

  it("characters the standard fonts lack do not break the letter", async () => {
    const input = sample("RESI_PENERIMAAN");
    input.applicant = { ...input.applicant, name: "Şerife Ñañez ✓ 😀" };
    const { all } = await text(input);
    expect(all).toContain("Serife Ñañez v ?");
  });

  it("rejects an invalid date", async () => {
    await expect(renderLetter({ ...sample("SURAT_IZIN"), date: new Date("x") })).rejects.toThrow(RangeError);
  });
});

describe("the office's clock", () => {
  const WITA = { timeZone: "Asia/Makassar", abbreviation: "WITA" };
  const inWita = (input: LetterInput): LetterInput => ({ ...input, letterhead: { ...input.letterhead, clock: WITA } });

  it("a Resi rendered for an office in WITA prints WITA times, never WIB", async () => {
    const { all } = await text(inWita(sample("RESI_PENERIMAAN")));
    expect(all).toContain("Waktu Penerimaan : 29 November 2026 pukul 10.47 WITA");
    expect(all).toContain("Ditandatangani pada 29 November 2026 pukul 11.20 WITA");
    expect(all).not.toContain("WIB");
  });

  it("the paraf line and the disposition's time are on the office's clock", async () => {
    const penolakan = await text(inWita(sample("SURAT_PENOLAKAN")));
    expect(penolakan.all).toContain("Paraf: Kabid Pelayanan (Januarius Lingga, 28-11-2026 10.05 WITA) · Sekretaris (Rusmauli Siregar, 28-11-2026 15.40 WITA)");
    expect(penolakan.all).not.toContain("WIB");
    const disposisi = await text(inWita(sample("LEMBAR_DISPOSISI")));
    expect(disposisi.all).toContain("Tanggal 29 November 2026 pukul 11.15 WITA");
    expect(disposisi.all).not.toContain("WIB");
  });

  it("dates roll over at the office's midnight, not Jakarta's", async () => {
    // 16.30 UTC on 28 November: 23.30 WIB, but already 29 November 01.30 WIT.
    const input = { ...sample("BERITA_ACARA"), inspectionDate: new Date("2026-11-28T16:30:00Z") } as LetterInput;
    const wib = await text(input);
    expect(wib.all).toContain("Pada hari ini Sabtu tanggal dua puluh delapan bulan November tahun dua ribu dua puluh enam (28-11-2026)");
    expect(wib.all).toContain("Waktu peninjauan : 28 November 2026 pukul 23.30 WIB");
    const wit = await text({ ...input, letterhead: { ...input.letterhead, clock: { timeZone: "Asia/Jayapura", abbreviation: "WIT" } } });
    expect(wit.all).toContain("Pada hari ini Minggu tanggal dua puluh sembilan bulan November tahun dua ribu dua puluh enam (29-11-2026)");
    expect(wit.all).toContain("Waktu peninjauan : 29 November 2026 pukul 01.30 WIT");
    expect(wit.all).not.toContain("WIB");
  });

  it.each(LETTER_KINDS.map((kind) => [kind]))("%s in WITA never prints WIB", async (kind) => {
    const { all } = await text(inWita(sample(kind)));
    expect(all).not.toContain("WIB");
    expect(all).toContain("29 November 2026");
  });
});

describe("the regional emblem in the kop", () => {
  // A 4x4 gold PNG: any image the office uploads is placed the same way.
  const EMBLEM = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEUlEQVR4nGM4sYABjhiI4wAAVdIWgVdTaIgAAAAASUVORK5CYII=", "base64");
  const images = (pdf: Uint8Array) => (Buffer.from(pdf).toString("latin1").match(/\/Subtype \/Image/g) ?? []).length;

  it.each(LETTER_KINDS.map((kind) => [kind]))("%s prints the office's emblem once, on page 1, and the kop text beside it", async (kind) => {
    const input = sample(kind);
    const plain = await text(input);
    const withEmblem = await text({ ...input, letterhead: { ...input.letterhead, emblem: EMBLEM } });
    expect(images(plain.pdf)).toBe(0);
    expect(images(withEmblem.pdf)).toBe(1);
    expect(withEmblem.pages[0]).toContain(input.letterhead.governmentName.toUpperCase());
    expect(withEmblem.pages.length).toBe(plain.pages.length);
  });
});

describe("long letters", () => {
  const reasons = Array.from(
    { length: 12 },
    (_, i) =>
      `Alasan penolakan nomor ${i + 1}: dokumen persyaratan yang dilampirkan belum memenuhi ketentuan yang berlaku dan perlu dilengkapi sesuai dengan Standar Pelayanan.`,
  );

  it("a long list of reasons flows onto page 2, the kop only on page 1", async () => {
    const input = { ...sample("SURAT_PENOLAKAN", true), reasons } as LetterInput;
    const { pages } = await text(input);
    expect(pages).toHaveLength(2);
    const [one, two] = pages as [string, string];
    expect(one).toContain("Halaman 1 dari 2");
    expect(two).toContain("Halaman 2 dari 2");
    expect(one).toContain("PEMERINTAH KABUPATEN DAIRI");
    expect(two).not.toContain("PEMERINTAH KABUPATEN DAIRI");
    expect(one).toContain("1. Alasan penolakan nomor 1:");
    expect(two).toContain("12. Alasan penolakan nomor 12:");
    // The watermark is on every page; the signature block stays whole on the last page.
    expect(one).toContain("DRAF");
    expect(two).toContain("DRAF");
    expect(two).toContain("RUSMAULI SIREGAR, SE NIP. 19800315 200604 2 011");
    expect(two).toContain("dapat mengajukan permohonan kembali");
  });

  it("a long table (documents received) repeats its header on page 2", async () => {
    const input = sample("RESI_PENERIMAAN");
    if (input.kind !== "RESI_PENERIMAAN") throw new Error("fixture");
    input.documents = Array.from({ length: 40 }, (_, i) => `Dokumen pendukung nomor ${i + 1}`);
    const { pages } = await text(input);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[1]).toContain("No. Nama Dokumen Keterangan");
    expect(pages[1]).toContain("Dokumen pendukung nomor 40");
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });
});

describe("determinism", () => {
  it("the same input gives byte-identical output (stable SHA-256)", async () => {
    for (const kind of LETTER_KINDS) {
      const a = await renderLetter(sample(kind));
      const b = await renderLetter(sample(kind));
      expect(sha256(a), kind).toBe(sha256(b));
      expect(Buffer.compare(Buffer.from(a), Buffer.from(b)), kind).toBe(0);
    }
  });

  it("a different number, a draft flag or a later date changes the bytes", async () => {
    const base = sample("SURAT_IZIN");
    const h = sha256(await renderLetter(base));
    expect(sha256(await renderLetter({ ...base, number: "503/0457/SIK-PM/DPMPTSP-KTK/2026" }))).not.toBe(h);
    expect(sha256(await renderLetter({ ...base, draft: true }))).not.toBe(h);
    expect(sha256(await renderLetter({ ...base, date: new Date(base.date.getTime() + 60_000) }))).not.toBe(h);
  });

  it("stamps CreationDate/ModDate from the letter's date and a fixed producer", async () => {
    const pdf = await renderLetter(sample("SURAT_IZIN"));
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toContain("(D:20261129031500Z)");
    expect(raw).toContain("(@perizinan/letters \\(PDFKit\\))");
    expect(raw).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
  });
});

describe("unsignedDocumentSigner", () => {
  it("returns the bytes unchanged", async () => {
    const pdf = await renderLetter(sample("SURAT_IZIN"));
    const signed = await unsignedDocumentSigner.sign(pdf, KADIS);
    expect(sha256(signed)).toBe(sha256(pdf));
  });
});
