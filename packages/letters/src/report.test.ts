import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { type MonthlyReportInput, renderMonthlyReport } from "./index";
import { PAGE, type Style, columnBounds, fitColumnWidths } from "./layout";
import { NO_DATA, niceScale } from "./report";
import { pageItems, pageTexts } from "./testing/pdf";
import { EMPTY_TABLE, FILES_TABLE, STEP_TABLE, reportSample } from "./testing/report-fixtures";

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** Header of the 120-row table as the text layer reads it (cells in order, wrapped lines joined). */
const FILES_HEADER = "No. Nomor Registrasi Pemohon Tempat Bekerja Diterima Selesai Lama (hari kerja) Hasil";

/** Every text item inside the margins, and below the last content line only in the footer. */
async function expectWithinPage(pdf: Uint8Array): Promise<void> {
  const pages = await pageItems(pdf);
  pages.forEach((items, p) => {
    for (const item of items) {
      const where = `page ${p + 1}: ${JSON.stringify(item)}`;
      expect(item.x, where).toBeGreaterThanOrEqual(PAGE.left - 0.5);
      expect(item.x + item.width, where).toBeLessThanOrEqual(PAGE.right + 0.5);
      const inBody = item.y >= PAGE.kopTop && item.y <= PAGE.bottom + 0.5;
      const inFooter = item.y >= PAGE.footerY && item.y <= PAGE.height;
      expect(inBody || inFooter, where).toBe(true);
    }
  });
}

describe("renderMonthlyReport: a realistic month", () => {
  let pdf: Uint8Array;
  let pages: string[];
  let all: string;

  beforeAll(async () => {
    pdf = await renderMonthlyReport(reportSample());
    pages = await pageTexts(pdf);
    all = pages.join(" ");
  });

  it("is a PDF of several pages, the kop only on page 1", () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain("PEMERINTAH KABUPATEN DAIRI");
    expect(pages[0]).toContain("DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN KETENAGAKERJAAN");
    for (const page of pages.slice(1)) expect(page).not.toContain("PEMERINTAH KABUPATEN DAIRI");
  });

  it("prints the title, period, permit type and print time on page 1", () => {
    const first = pages[0]!;
    expect(first).toContain("LAPORAN BULANAN KINERJA PELAYANAN PERIZINAN Periode: November 2026 Jenis Izin: Semua jenis izin");
    expect(first).toContain("Dicetak: Senin, 30 November 2026 pukul 08.15 WIB");
  });

  it("prints the highlights box and the chart with its labels and legend", () => {
    const first = pages[0]!;
    expect(first).toContain("Ringkasan Kinerja Berkas diterima 46 Berkas selesai 120 Selesai tepat waktu 112 (93,3%)");
    expect(first).toContain("Izin terbit 109");
    expect(first).toContain("Berkas diterima dan selesai per minggu");
    // Value axis 0–40 in steps of 10, category labels, legend.
    for (const tick of ["0", "10", "20", "30", "40"]) expect(first.split(" ")).toContain(tick);
    expect(first).toContain("Minggu 1 (1–7 Nov)");
    expect(first).toContain("29–30 Nov");
    expect(first).toContain("Diterima Selesai");
  });

  it("prints each table with its title and note", () => {
    expect(all).toContain(`${STEP_TABLE.title} ${STEP_TABLE.note}`);
    expect(all).toContain("Kinerja per petugas");
    expect(all).toContain(`${FILES_TABLE.title} ${FILES_TABLE.note} ${FILES_HEADER}`);
    expect(all).toContain("Mengentri berkas permohonan dalam aplikasi e-perizinan dan meneruskan ke Backoffice");
  });

  it("numbers every page 'Halaman X dari Y'", () => {
    const n = pages.length;
    expect(pages[0]).toContain(`Halaman 1 dari ${n}`);
    pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${n}`));
    expect(pages[0]).toContain("LAPORAN BULANAN KINERJA PELAYANAN PERIZINAN — November 2026");
  });

  it("runs the 120-row table over several pages, the header repeated on each, no row lost or doubled", () => {
    const withRows = pages.map((p, i) => [p, i] as const).filter(([p]) => /PM-2026-0001\d\d|PM-2026-0002\d\d/.test(p));
    expect(withRows.length).toBeGreaterThanOrEqual(3);
    for (const [page] of withRows) expect(page).toContain(FILES_HEADER);
    for (const [page] of withRows.slice(1)) expect(page).toContain(`${FILES_TABLE.title} (lanjutan) ${FILES_HEADER}`);
    // A cell from a late page.
    const last = pages.findIndex((p) => p.includes("120. PM-2026-000220 Benny Tampubolon, A.Md.RMIK"));
    expect(last).toBeGreaterThanOrEqual(3);
    for (let i = 101; i <= 220; i++) {
      const reg = `PM-2026-000${i}`;
      expect(all.split(reg).length - 1, reg).toBe(1);
    }
  });

  it("repeats the header of the SOP-step table where it continues", () => {
    const cont = pages.find((p) => p.includes(`${STEP_TABLE.title} (lanjutan)`));
    expect(cont).toContain(`${STEP_TABLE.title} (lanjutan) No. Kegiatan Pelaksana Standar Selesai Median P90 Tepat Waktu`);
  });

  it("prints 'Tidak ada data' for a table without rows instead of an empty grid", () => {
    expect(all).toContain(`${EMPTY_TABLE.title} ${EMPTY_TABLE.note} ${NO_DATA}`);
    expect(all).not.toContain(EMPTY_TABLE.columns.join(" "));
  });

  it("ends with the signature block", () => {
    const last = pages.at(-1)!;
    expect(last).toContain(
      "Sidikalang, 30 November 2026 KEPALA DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN KETENAGAKERJAAN KABUPATEN DAIRI, OLOAN HASUGIAN, ST NIP. 19750831 200312 1 003",
    );
  });

  it("keeps all text inside the margins and above the footer", async () => {
    await expectWithinPage(pdf);
  });
});

describe("renderMonthlyReport: determinism", () => {
  it("gives byte-identical output for the same input", async () => {
    const a = await renderMonthlyReport(reportSample());
    const b = await renderMonthlyReport(reportSample());
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    expect(sha256(a)).toBe(sha256(b));
  });

  it("stamps CreationDate/ModDate from generatedAt; another time gives other bytes", async () => {
    const input = reportSample();
    const a = await renderMonthlyReport(input);
    const raw = Buffer.from(a).toString("latin1");
    expect(raw).toContain("(D:20261130011500Z)");
    expect(raw).toContain("(@perizinan/letters \\(PDFKit\\))");
    expect(raw).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
    const b = await renderMonthlyReport({ ...input, generatedAt: new Date(input.generatedAt.getTime() + 60_000) });
    expect(sha256(b)).not.toBe(sha256(a));
  });
});

describe("renderMonthlyReport: edge cases", () => {
  const minimal = (over: Partial<MonthlyReportInput> = {}): MonthlyReportInput => {
    const { chart: _chart, signer: _signer, ...rest } = reportSample();
    return { ...rest, tables: [], ...over };
  };

  it("a short report fits on one page, without chart or signer", async () => {
    const pages = await pageTexts(await renderMonthlyReport(minimal({ tables: [EMPTY_TABLE] })));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain("Halaman 1 dari 1");
    expect(pages[0]).toContain(NO_DATA);
    expect(pages[0]).not.toContain("NIP.");
  });

  it("prints the time on the office's clock: WIT in Jayapura, with the date it is there", async () => {
    const office = { ...reportSample().office, clock: { timeZone: "Asia/Jayapura", abbreviation: "WIT" } };
    // 16.30 UTC on Sunday 29 November: 23.30 WIB, already Monday 01.30 WIT.
    const input = { ...reportSample(), office, generatedAt: new Date("2026-11-29T16:30:00Z"), tables: [EMPTY_TABLE] };
    const all = (await pageTexts(await renderMonthlyReport(input))).join(" ");
    expect(all).toContain("Dicetak: Senin, 30 November 2026 pukul 01.30 WIT");
    expect(all).toContain("Sidikalang, 30 November 2026");
    expect(all).not.toContain("WIB");
  });

  it("a chart without data says so", async () => {
    const pages = await pageTexts(await renderMonthlyReport(minimal({ chart: { title: "Berkas per minggu", categories: [], series: [] } })));
    expect(pages[0]).toContain(`Berkas per minggu ${NO_DATA}`);
  });

  it("a wide table of 200 rows with long words stays inside the margins and paginates", async () => {
    const columns = Array.from({ length: 12 }, (_, i) => `Kolom nomor ${i + 1}`);
    const rows = Array.from({ length: 200 }, (_, r) =>
      columns.map((_, c) => (c === 3 ? `https://perizinan.dairikab.go.id/verifikasi/PM-2026-${r}?h=3f1c9a0000000000` : `${r}-${c}`)),
    );
    const pdf = await renderMonthlyReport(minimal({ tables: [{ title: "Tabel lebar", columns, rows, numeric: [0], emphasise: [0, 199] }] }));
    const pages = await pageTexts(pdf);
    expect(pages.length).toBeGreaterThan(3);
    const all = pages.join(" ");
    expect(all).toContain("199-11");
    expect(all.split("Tabel lebar (lanjutan)").length - 1).toBe(pages.length - 1);
    await expectWithinPage(pdf);
  });

  it("a cell taller than a page is split across pages, no line lost", async () => {
    const words = Array.from({ length: 2500 }, (_, i) => `kata${i}`);
    const pdf = await renderMonthlyReport(
      minimal({ tables: [{ title: "Uraian panjang", columns: ["No.", "Uraian"], rows: [["1", words.join(" ")], ["2", "pendek"]] }] }),
    );
    const pages = await pageTexts(pdf);
    expect(pages.length).toBeGreaterThan(2);
    const all = pages.join(" ");
    for (const w of ["kata0", "kata1250", "kata2499", "pendek"]) expect(all).toContain(w);
    expect(all.split(" ").filter((t) => /^kata\d+$/.test(t))).toHaveLength(words.length);
    await expectWithinPage(pdf);
  });

  it("rejects a row whose length differs from the columns, and an invalid date", async () => {
    await expect(renderMonthlyReport(minimal({ tables: [{ title: "X", columns: ["A", "B"], rows: [["1"]] }] }))).rejects.toThrow(TypeError);
    await expect(renderMonthlyReport(minimal({ generatedAt: new Date("x") }))).rejects.toThrow(RangeError);
  });

  it("characters the standard fonts lack do not break the report", async () => {
    const pages = await pageTexts(await renderMonthlyReport(minimal({ permitTypeLabel: "Izin Şerife ✓ 😀" })));
    expect(pages[0]).toContain("Jenis Izin: Izin Serife v ?");
  });
});

describe("fitColumnWidths", () => {
  const body: Style = { font: "Times-Roman", size: 10 };
  const bold: Style = { font: "Times-Bold", size: 10 };
  // 5 pt per character, 6 in bold: easy to reason about. Padding 3 → 6 per column.
  const measure = (text: string, style: Style): number => text.length * (style.font === "Times-Bold" ? 6 : 5);
  const fit = (header: string[], rows: string[][], total: number, extra: { numeric?: number[]; rowStyles?: Array<Style | undefined> } = {}): number[] =>
    fitColumnWidths(header, rows, { total, measure, style: body, headerStyle: bold, pad: 3, ...extra });
  const total = (ws: number[]): number => ws.reduce((a, b) => a + b, 0);

  it("returns nothing for no columns", () => {
    expect(fit([], [], 400)).toEqual([]);
  });

  it("when everything fits, numeric columns keep their natural width and text columns take the rest", () => {
    const ws = fit(["No", "Nama"], [["12", "Rina"]], 400, { numeric: [0] });
    // "No" in bold = 12 + 6 padding = 18 (the floor of 2·3 + 12 is also 18).
    expect(ws[0]).toBeCloseTo(18, 1);
    expect(total(ws)).toBeCloseTo(400, 6);
  });

  it("when only the longest words fit, short columns stay on one line and the long text wraps", () => {
    const long = "Mengentri berkas permohonan dalam aplikasi e-perizinan dan meneruskan ke Backoffice"; // 84 chars
    const ws = fit(["Kegiatan", "Standar"], [[long, "1 hari kerja"]], 200);
    // "1 hari kerja" = 60 + 6; its header "Standar" in bold = 42 + 6.
    expect(ws[1]).toBeCloseTo(66, 1);
    expect(ws[0]).toBeCloseTo(200 - ws[1]!, 6);
    // Still at least its longest word ("e-perizinan", "Backoffice" → 11 × 5 + 6).
    expect(ws[0]).toBeGreaterThanOrEqual(61);
  });

  it("when not even the longest words fit, only the widest columns are capped", () => {
    const ws = fit(["A", "B", "C"], [["kecil", "kecil", "https://perizinan.dairikab.go.id/verifikasi/PM-2026-000123"]], 100);
    expect(total(ws)).toBeCloseTo(100, 6);
    // "kecil" = 25 + 6 = 31 stays whole; the URL column (its word capped at 35 % of 100, + 6 = 41)
    // is cut down to what is left.
    expect(ws[0]).toBeCloseTo(31, 1);
    expect(ws[1]).toBeCloseTo(31, 1);
    expect(ws[2]).toBeCloseTo(38, 1);
  });

  it("measures emphasised (bold) rows in bold", () => {
    const opts = { total: 400, measure, style: body, headerStyle: bold, pad: 3 };
    const plain = columnBounds(["X"], [["abcdefghij"]], opts);
    const boldRow = columnBounds(["X"], [["abcdefghij"]], { ...opts, rowStyles: [bold] });
    expect(plain.maxs[0]).toBeCloseTo(56, 1);
    expect(boldRow.maxs[0]).toBeCloseTo(66, 1);
    expect(boldRow.mins[0]).toBeCloseTo(66, 1);
  });

  it("always adds up to the width given", () => {
    for (const width of [50, 100, 200, 453, 800]) {
      const ws = fit(["No.", "Nomor Registrasi", "Pemohon"], FILES_TABLE.rows.map((r) => r.slice(0, 3)), width);
      expect(total(ws)).toBeCloseTo(width, 6);
      for (const w of ws) expect(w).toBeGreaterThan(0);
    }
  });
});

describe("niceScale", () => {
  it.each([
    [34, true, { top: 40, step: 10, decimals: 0 }],
    [0, true, { top: 5, step: 1, decimals: 0 }],
    [3, true, { top: 3, step: 1, decimals: 0 }],
    [1100, true, { top: 1500, step: 500, decimals: 0 }],
    [12345, true, { top: 15000, step: 5000, decimals: 0 }],
    [0.37, false, { top: 0.4, step: 0.1, decimals: 1 }],
  ])("max %d (integers %s)", (max, integers, expected) => {
    const s = niceScale(max, integers);
    expect(s.step).toBeCloseTo(expected.step, 9);
    expect(s.top).toBeCloseTo(expected.top, 9);
    expect(s.decimals).toBe(expected.decimals);
  });
});
