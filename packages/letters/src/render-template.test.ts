import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { formatNip, renderTemplateLetter, type TemplateLayout, type TemplateLetterInput, type TemplateList } from "./index";
import { PAGE } from "./layout";
import { KADIS, TEAM, photoPng, templateSample } from "./testing/fixtures";
import { pageItems, pageTexts } from "./testing/pdf";

const LAYOUTS: TemplateLayout[] = ["DECREE", "LETTER", "FORM"];
const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");
const images = (pdf: Uint8Array): number => (Buffer.from(pdf).toString("latin1").match(/\/Subtype \/Image/g) ?? []).length;
// A 4x4 gold PNG: any emblem the office uploads is placed the same way.
const EMBLEM = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEUlEQVR4nGM4sYABjhiI4wAAVdIWgVdTaIgAAAAASUVORK5CYII=", "base64");

async function text(input: TemplateLetterInput): Promise<{ pdf: Uint8Array; pages: string[]; all: string }> {
  const pdf = await renderTemplateLetter(input);
  const pages = await pageTexts(pdf);
  return { pdf, pages, all: pages.join(" ") };
}

/** The sample with its signatory unsigned (or signed at `signedAt`) and no team member's signature. */
function withSignature(layout: TemplateLayout, signedAt: Date | null): TemplateLetterInput {
  const input = templateSample(layout);
  const signatory = input.signatory!;
  const person = signatory.person!;
  input.signatory = { ...signatory, signature: signedAt ? { ...person, signedAt } : null };
  input.lists = input.lists.map((l): TemplateList => (l.kind === "TEAM" ? { ...l, signed: null } : l));
  return input;
}

/** The lines a signature block prints, for the page checks. */
function signatureTexts(input: TemplateLetterInput): string[] {
  const s = input.signatory!;
  const person = s.signature ?? s.person!;
  return [
    ...(input.layout === "DECREE" ? ["Ditetapkan di Sidikalang", "pada tanggal 29 November 2026"] : []),
    ...(s.wording ? [s.wording] : []),
    person.name,
    `NIP. ${formatNip(person.nip!)}`,
    ...(s.signature ? ["Ditandatangani pada"] : []),
  ];
}

describe.each(LAYOUTS.map((layout) => [layout]))("%s", (layout) => {
  it("prints the kop, title, number, every row, the body and closing, the lists, the tembusan and the signature", async () => {
    const input = templateSample(layout);
    const { pdf, pages, all } = await text(input);
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(pages).toHaveLength(1);
    expect(all).toContain("PEMERINTAH KABUPATEN DAIRI");
    expect(all).toContain("DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN KETENAGAKERJAAN");
    expect(all).toContain(input.title);
    expect(all).toContain(input.number!);
    for (const [label, value] of input.rows) {
      expect(all).toContain(label);
      expect(all).toContain(value);
    }
    for (const p of [...input.body, ...input.closing]) expect(all).toContain(p);
    for (const list of input.lists) {
      expect(all).toContain(list.heading);
      if (list.kind === "ITEMS") list.items.forEach((item, i) => expect(all).toContain(`${i + 1}. ${item}`));
      else for (const m of list.members) expect(all).toContain(`${m.name} NIP. ${formatNip(m.nip!)}`);
    }
    expect(all).toContain("Tembusan:");
    input.tembusan.forEach((t, i) => expect(all).toContain(`${i + 1}. ${t.split(" ").slice(0, 4).join(" ")}`));
    for (const line of signatureTexts(input)) expect(all).toContain(line);
    expect(all).toContain(`Nomor Registrasi ${input.registrationNumber}`);
    expect(all).toContain("Halaman 1 dari 1");
    expect(all).not.toContain("DRAF");
  });

  it("prints the signer's title after the wording: the wording replaces nothing", async () => {
    const input = templateSample(layout);
    const { all } = await text(input);
    const person = input.signatory!.signature ?? input.signatory!.person!;
    const firstTitleWords = person.title.split(" ").slice(0, 3).join(" ");
    expect(all).toContain(`${input.signatory!.wording} ${firstTitleWords}`);
  });

  it.each([
    ["signed", new Date("2026-11-29T03:15:00Z"), true],
    ["not signed", null, false],
  ] as const)("%s: 'Ditandatangani pada' only once signed", async (_, signedAt, shown) => {
    const { all } = await text(withSignature(layout, signedAt));
    if (shown) expect(all).toContain("Ditandatangani pada 29 November 2026 pukul 10.15 WIB");
    else expect(all).not.toContain("Ditandatangani pada");
    expect(all).toContain("NIP.");
  });

  it("a draft carries the watermark on every page and 'DRAF — belum bernomor'", async () => {
    const input = withSignature(layout, null);
    const { pages, all } = await text({ ...input, draft: true, number: null, rows: [...input.rows, ...longRows(40)] });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain("DRAF");
    expect(all).toContain("DRAF — belum bernomor");
    expect(all).not.toContain(templateSample(layout).number!);
  });

  it("is deterministic: the same input gives the same SHA-256; another date other bytes", async () => {
    const a = await renderTemplateLetter(templateSample(layout));
    const b = await renderTemplateLetter(templateSample(layout));
    expect(sha256(a)).toBe(sha256(b));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const raw = Buffer.from(a).toString("latin1");
    expect(raw).toContain("(D:20261129031500Z)");
    expect(raw).toContain("(@perizinan/letters \\(PDFKit\\))");
    const later = await renderTemplateLetter(templateSample(layout, { date: new Date("2026-11-30T03:15:00Z") }));
    expect(sha256(later)).not.toBe(sha256(a));
  });

  it("a 40-row table flows onto page 2; the signature block stays whole on one page", async () => {
    const input = templateSample(layout, { rows: longRows(40) });
    const { pages } = await text(input);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain("Keterangan 1 ");
    expect(pages.slice(1).join(" ")).toContain("Keterangan 40");
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
    expect(pages.slice(1).join(" ")).not.toContain("PEMERINTAH KABUPATEN DAIRI");
    const [first, ...rest] = signatureTexts(input).map((line) => pages.findIndex((p) => p.includes(line)));
    expect(first).toBeGreaterThanOrEqual(0);
    for (const page of rest) expect(page).toBe(first);
  });

  it("wherever the page breaks, the signature block is never split", async () => {
    for (let n = 8; n <= 40; n += 4) {
      const input = templateSample(layout, { rows: longRows(n) });
      const pages = await pageTexts(await renderTemplateLetter(input));
      const found = signatureTexts(input).map((line) => pages.findIndex((p) => p.includes(line)));
      expect(new Set(found), `${n} rows`).toEqual(new Set([found[0]]));
      expect(found[0], `${n} rows`).toBeGreaterThanOrEqual(0);
    }
  });

  it("long texts wrap inside the margins, across pages", async () => {
    const long = Array.from({ length: 30 }, (_, i) => `Kalimat panjang nomor ${i + 1} yang menjelaskan ketentuan dengan rinci.`).join(" ");
    const input = templateSample(layout, {
      body: [long],
      rows: [["Keterangan yang sangat panjang sekali untuk sebuah label", long.slice(0, 600)]],
      closing: [long],
      lists: [{ kind: "ITEMS", heading: long.slice(0, 200), items: [long.slice(0, 400), "Singkat."] }],
    });
    const pdf = await renderTemplateLetter(input);
    const items = await pageItems(pdf);
    expect(items.length).toBeGreaterThan(1);
    for (const page of items) {
      for (const item of page) {
        expect(item.x).toBeGreaterThanOrEqual(PAGE.left - 0.5);
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(PAGE.right + 0.5);
      }
    }
    expect((await pageTexts(pdf)).join(" ")).toContain("Kalimat panjang nomor 30 yang menjelaskan ketentuan dengan rinci.");
  });

  it("prints the emblem when the letterhead carries one", async () => {
    const input = templateSample(layout);
    const plain = await text(input);
    const withEmblem = await text({ ...input, letterhead: { ...input.letterhead, emblem: EMBLEM } });
    expect(images(plain.pdf)).toBe(0);
    expect(images(withEmblem.pdf)).toBe(1);
    expect(withEmblem.pages[0]).toContain("PEMERINTAH KABUPATEN DAIRI");
    expect(withEmblem.pages.length).toBe(plain.pages.length);
  });

  it("without a signatory there is no signature block; the QR code and paraf still print", async () => {
    const input = templateSample(layout, { signatory: null });
    const { all } = await text(input);
    expect(all).not.toContain("NIP. 19750831 200312 1 003");
    expect(all).not.toContain("NIP. 19800315 200604 2 011");
    expect(all).toContain(input.qr!.caption);
    expect(all).toContain("Paraf: Kabid Pelayanan");
  });

  it("an ITEMS list with no items prints its heading and '-'; an empty heading is skipped", async () => {
    const { all } = await text(
      templateSample(layout, {
        lists: [
          { kind: "ITEMS", heading: "Persyaratan tambahan:", items: [] },
          { kind: "ITEMS", heading: "", items: ["Butir tanpa judul."] },
        ],
      }),
    );
    expect(all).toContain("Persyaratan tambahan: -");
    expect(all).toContain("1. Butir tanpa judul.");
  });

  it("prints the legal basis as 'Berdasarkan:' and a numbered list, and nothing when there is none", async () => {
    const legalBasis = ["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan", "Peraturan Daerah Nomor 3 Tahun 2024"];
    const withBasis = await text(templateSample(layout, { legalBasis }));
    expect(withBasis.all).toContain(`Berdasarkan: 1. ${legalBasis[0]} 2. ${legalBasis[1]}`);
    const without = await text(templateSample(layout, { legalBasis: [] }));
    expect(without.all).not.toContain("Berdasarkan:");
  });
});

describe("layouts in detail", () => {
  it("DECREE: 'Berdasarkan:', the holder's table and 'Ditetapkan di … pada tanggal …'", async () => {
    const input = templateSample("DECREE");
    const { all } = await text(input);
    expect(all).toContain("SURAT IZIN KERJA PEREKAM MEDIS Nomor: 503/0456/SIK-PM/DPMPTSP-KTK/2026");
    expect(all).toContain("Berdasarkan: 1. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan 2.");
    expect(all).toContain("Nama : Rina Situmorang, A.Md.RMIK");
    expect(all).toContain("Tempat, tanggal lahir : Sidikalang, 5 Juni 1995");
    expect(all).toContain("Ditetapkan di Sidikalang pada tanggal 29 November 2026 a.n. BUPATI DAIRI KEPALA DINAS");
    expect(all).toContain("OLOAN HASUGIAN, ST NIP. 19750831 200312 1 003 Ditandatangani pada 29 November 2026 pukul 10.15 WIB");
    // Tembusan after the signature block.
    expect(all.indexOf("Tembusan:")).toBeGreaterThan(all.indexOf("OLOAN HASUGIAN, ST"));
  });

  it("DECREE unnumbered: 'Nomor: belum bernomor' when final, 'DRAF — belum bernomor' as a draft", async () => {
    expect((await text(templateSample("DECREE", { number: null }))).all).toContain("Nomor: belum bernomor");
    expect((await text(templateSample("DECREE", { number: null, draft: true }))).all).toContain("Nomor: DRAF — belum bernomor");
  });

  it("LETTER: the Surat Dinas head (date, Nomor, Sifat, Lampiran, Hal, Yth.) and the body indented to the value column", async () => {
    const input = templateSample("LETTER", { addressee: ["Yth. Kepala Dinas Kesehatan Kabupaten Dairi", "di Sidikalang"] });
    const pdf = await renderTemplateLetter(input);
    const all = (await pageTexts(pdf)).join(" ");
    expect(all).toContain("Sidikalang, 29 November 2026 Nomor : 503/1190/DPMPTSP-KTK/2026");
    expect(all).toContain("Sifat : Biasa");
    expect(all).toContain("Lampiran : -");
    expect(all).toContain("Hal : Permintaan Rekomendasi Teknis");
    // A "Yth." already in the first line is not doubled.
    expect(all).toContain("Yth. Kepala Dinas Kesehatan Kabupaten Dairi di Sidikalang");
    expect(all).not.toContain("Yth. Yth.");
    const items = (await pageItems(pdf))[0]!;
    const body = items.find((i) => i.str.startsWith("Sehubungan"))!;
    const nomorValue = items.find((i) => i.str === "503/1190/DPMPTSP-KTK/2026")!;
    expect(body.x).toBeCloseTo(nomorValue.x, 0);
    const hal = items.find((i) => i.str === "Hal")!;
    expect(body.x).toBeGreaterThan(hal.x + 60);
  });

  it("LETTER: the wording is the whole preamble of the signature block", async () => {
    const { all } = await text(templateSample("LETTER"));
    expect(all).toContain(
      "a.n. KEPALA DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN KETENAGAKERJAAN KABUPATEN DAIRI, Sekretaris, RUSMAULI SIREGAR, SE",
    );
  });

  it("FORM: a boxed table of facts, '{city}, {date}' then the wording over the signer's title", async () => {
    const { all } = await text(templateSample("FORM"));
    expect(all).toContain("BERITA ACARA PENINJAUAN LAPANGAN Nomor: BA/045/TT-PM/2026");
    expect(all).toContain("Nomor Registrasi PM-2026-000123 Nama Pemohon Rina Situmorang, A.Md.RMIK");
    expect(all).toContain(`Sidikalang, 29 November 2026 Mengetahui, ${KADIS.title},`);
    expect(all).not.toContain("Yth.");
  });

  it("FORM unnumbered: no number line when final, 'DRAF — belum bernomor' as a draft", async () => {
    const final = await text(templateSample("FORM", { number: null }));
    expect(final.all).not.toContain("Nomor:");
    expect(final.all).not.toContain("belum bernomor");
    const draft = await text(templateSample("FORM", { number: null, draft: true }));
    expect(draft.all).toContain("BERITA ACARA PENINJAUAN LAPANGAN Nomor: DRAF — belum bernomor");
  });
});

describe("the team", () => {
  it.each([
    ["with", true],
    ["without", false],
  ] as const)("%s a 'Tanda Tangan' column; a member's signature shows in their cell only with it", async (_, signatureColumn) => {
    const signed = { ...TEAM[1]!, signedAt: new Date("2026-11-27T05:00:00Z") };
    const { all } = await text({
      ...withSignature("FORM", null),
      lists: [{ kind: "TEAM", heading: "Tim Teknis:", members: TEAM, signatureColumn, signed }],
    });
    expect(all.includes("No. Nama / NIP Jabatan Tanda Tangan")).toBe(signatureColumn);
    expect(all).toContain("No. Nama / NIP Jabatan");
    expect(all.includes("Ditandatangani pada 27 November 2026 pukul 12.00 WIB")).toBe(signatureColumn);
    for (const m of TEAM) expect(all).toContain(`${m.name} NIP. ${formatNip(m.nip!)}`);
    // The signature sits in the row of the member who signed (the second).
    if (signatureColumn) expect(all).toContain(`${TEAM[1]!.title} Ditandatangani pada 27 November 2026`);
  });

  it("a 40-member team repeats its header on page 2", async () => {
    const members = Array.from({ length: 40 }, (_, i) => ({ name: `Anggota Tim ${i + 1}`, title: "Anggota", nip: null }));
    const { pages } = await text(templateSample("LETTER", { lists: [{ kind: "TEAM", heading: "Susunan tim:", members, signatureColumn: false }] }));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[1]).toContain("No. Nama / NIP Jabatan");
    expect(pages.join(" ")).toContain("Anggota Tim 40");
  });

  it("a table never breaks a word: a column too narrow for its longest word is widened", async () => {
    const word = "Pemberdayaan-Masyarakat";
    const members = [{ name: "Andi Pasaribu, S.Sos", title: `Kepala Bidang ${word} dan Desa`, nip: "199001012014021001" }];
    const { all } = await text(templateSample("LETTER", { lists: [{ kind: "TEAM", heading: "Tim:", members, signatureColumn: true }] }));
    expect(all.split(" ")).toContain(word);
    expect(all).toContain(`Kepala Bidang ${word} dan Desa`);
  });
});

describe("the pas foto (DECREE)", () => {
  const withPhoto = (bytes: Uint8Array | null): TemplateLetterInput =>
    templateSample("DECREE", { photo: { key: "photos/x.png", mimeType: "image/png", bytes } });

  it("embeds the photo's PNG as an image, beside the emblem", async () => {
    const none = await text(templateSample("DECREE", { photo: null }));
    const photo = await text(withPhoto(photoPng()));
    expect(images(photo.pdf)).toBe(images(none.pdf) + 1);
    expect(photo.all).not.toContain("Pas foto 3×4");
    expect(photo.pages).toHaveLength(1);
    const both = await renderTemplateLetter({ ...withPhoto(photoPng()), letterhead: { ...templateSample("DECREE").letterhead, emblem: EMBLEM } });
    expect(images(both)).toBe(2);
  });

  it.each([
    ["missing", null],
    ["empty", new Uint8Array()],
    ["not an image", new TextEncoder().encode("not a picture")],
  ] as const)("%s bytes: an empty frame labelled 'Pas foto 3×4'", async (_, bytes) => {
    const { pdf, all } = await text(withPhoto(bytes));
    expect(all).toContain("Pas foto 3×4");
    expect(images(pdf)).toBe(0);
  });

  it("stands to the left of the signature block, level with it, clear of its text", async () => {
    const pdf = await renderTemplateLetter(withPhoto(null));
    const items = (await pageItems(pdf))[0]!;
    const label = items.find((i) => i.str === "Pas foto 3×4")!;
    const preamble = items.find((i) => i.str.startsWith("Ditetapkan di"))!;
    const name = items.find((i) => i.str === "OLOAN HASUGIAN, ST")!;
    const blockLeft = Math.min(...items.filter((i) => i.y >= preamble.y - 1 && i.y <= name.y + 1 && i.x > PAGE.left + 200).map((i) => i.x));
    expect(label.x + label.width).toBeLessThan(blockLeft);
    expect(label.y).toBeGreaterThan(preamble.y);
    expect(label.y).toBeLessThan(name.y);
  });

  it("is printed only on a DECREE", async () => {
    const letter = await text(templateSample("LETTER", { photo: { key: "photos/x.png", mimeType: "image/png", bytes: null } }));
    expect(letter.all).not.toContain("Pas foto 3×4");
  });

  it("stands alone when the decree has no signatory", async () => {
    const { all } = await text({ ...withPhoto(null), signatory: null });
    expect(all).toContain("Pas foto 3×4");
    expect(all).not.toContain("Ditetapkan di");
  });
});

describe("errors and the office's clock", () => {
  it("rejects an invalid date with a RangeError", async () => {
    await expect(renderTemplateLetter(templateSample("DECREE", { date: new Date("x") }))).rejects.toThrow(RangeError);
  });

  it("rejects a letterhead without its clock with a TypeError", async () => {
    const input = templateSample("LETTER");
    const letterhead = { ...input.letterhead, clock: undefined } as unknown as TemplateLetterInput["letterhead"];
    await expect(renderTemplateLetter({ ...input, letterhead })).rejects.toThrow(TypeError);
  });

  it("rejects an unknown layout with a TypeError", async () => {
    await expect(renderTemplateLetter({ ...templateSample("FORM"), layout: "MEMO" as TemplateLayout })).rejects.toThrow(TypeError);
  });

  it.each(LAYOUTS.map((l) => [l]))("%s on an office in WITA prints WITA, never WIB", async (layout) => {
    const input = templateSample(layout);
    const { all } = await text({ ...input, letterhead: { ...input.letterhead, clock: { timeZone: "Asia/Makassar", abbreviation: "WITA" } } });
    expect(all).not.toContain("WIB");
    expect(all).toContain("29 November 2026");
  });
});

describe("the renderer knows no permit type", () => {
  it("names no permit type, profession or office in its source (comments included)", async () => {
    const source = await readFile(new URL("./render-template.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/perekam|bidan|perawat|reklame|dairi|sidikalang|\bSTRB?\b|fasilitas pelayanan kesehatan/i);
  });
});

function longRows(n: number): Array<[string, string]> {
  return Array.from({ length: n }, (_, i): [string, string] => [`Keterangan ${i + 1}`, `Nilai baris ke-${i + 1} dari tabel yang panjang`]);
}
