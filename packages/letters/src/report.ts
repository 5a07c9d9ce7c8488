// The Kadis's monthly service-standard report ("Laporan Bulanan Kinerja Pelayanan"), in the look
// of the letters: kop surat on page 1, centred title with the period and the permit type, a box of
// highlights, an optional bar chart, the tables (header repeated on each page), the signature block,
// and "Halaman X dari Y" on every page.

import { formatIndonesianDate, formatIndonesianDayDate, formatNumberId } from "./format";
import {
  BODY,
  type BlockLine,
  Layout,
  PAGE,
  type Style,
  type ColumnFitOptions,
  type TableColumn,
  columnBounds,
  createDocument,
  drawFooters,
  drawKop,
  fitColumnWidths,
  lineHeight,
  signatureLines,
} from "./layout";
import type { MonthlyReportInput, ReportChart, ReportSigner, ReportTable } from "./types";

const TITLE: Style = { font: "Times-Bold", size: 13 };
const SECTION: Style = { font: "Times-Bold", size: 12 };
const NOTE: Style = { font: "Times-Italic", size: 10 };
const PRINTED: Style = { font: "Times-Italic", size: 10 };
/** Table text: 10 pt, or 9 or 8 for a table whose columns would not fit otherwise. */
const CELL_SIZES = [10, 9, 8] as const;
const KPI_LABEL: Style = { font: "Times-Roman", size: 11 };
const KPI_VALUE: Style = { font: "Times-Bold", size: 11 };
const AXIS: Style = { font: "Times-Roman", size: 8 };
const LEGEND: Style = { font: "Times-Roman", size: 9 };
const BAR_VALUE: Style = { font: "Times-Roman", size: 7 };

/** Space after each section (highlights, chart, table). */
const SECTION_GAP = 16;

/** Printed where a table has no rows. */
export const NO_DATA = "Tidak ada data";

/**
 * Renders the monthly report as an A4 PDF. Deterministic: the same input gives byte-identical
 * output (CreationDate/ModDate come from `generatedAt`, the Producer is fixed and PDFKit derives the
 * file ID from the document info).
 */
export async function renderMonthlyReport(input: MonthlyReportInput): Promise<Uint8Array> {
  if (!Number.isFinite(input.generatedAt.getTime())) throw new RangeError("renderMonthlyReport: invalid generatedAt");
  if (!input.office.clock) throw new TypeError("renderMonthlyReport: office.clock (the office's zone) is missing");
  for (const table of input.tables) checkTable(table);

  const { doc, bytes } = createDocument({
    title: `${input.title} — ${input.periodLabel}`,
    author: input.office.officeName,
    subject: `${input.permitTypeLabel} — ${input.periodLabel}`,
    keywords: ["LAPORAN_BULANAN", input.periodLabel, input.permitTypeLabel].join(", "),
    date: input.generatedAt,
  });
  const L = new Layout(doc, false, input.office.clock);
  L.startPage(true);
  drawKop(L, input.office);
  drawHeading(L, input);
  drawHighlights(L, input.highlights);
  if (input.chart) drawChart(L, input.chart);
  for (const table of input.tables) drawTable(L, table);
  if (input.signer) drawSigner(L, input.signer, input.generatedAt);
  drawFooters(L, `${input.title} — ${input.periodLabel}`);
  doc.end();
  return bytes;
}

function checkTable(table: ReportTable): void {
  if (table.columns.length === 0) throw new TypeError(`renderMonthlyReport: table "${table.title}" has no columns`);
  table.rows.forEach((row, r) => {
    if (row.length !== table.columns.length) {
      throw new TypeError(
        `renderMonthlyReport: table "${table.title}" row ${r} has ${row.length} cells, expected ${table.columns.length}`,
      );
    }
  });
}

const lines = (L: Layout, text: string, style: Style, width: number, first: Partial<BlockLine> = {}): BlockLine[] =>
  L.wrap(text, style, width).map((t, i) => ({ text: t, style, ...(i === 0 ? first : {}) }));

// ---------------------------------------------------------------------------------------------
// Title, period, permit type, print time

function drawHeading(L: Layout, input: MonthlyReportInput): void {
  for (const line of L.wrapBalanced(input.title, TITLE, L.width - 40)) {
    L.text(line, L.left, L.y, TITLE, { align: "center", width: L.width });
    L.y += lineHeight(TITLE);
  }
  L.gap(4);
  for (const [text, style] of [
    [`Periode: ${input.periodLabel}`, BODY],
    [`Jenis Izin: ${input.permitTypeLabel}`, BODY],
    [`Dicetak: ${formatIndonesianDayDate(input.generatedAt, L.clock, true)}`, PRINTED],
  ] as const) {
    for (const line of L.wrap(text, style, L.width - 40)) {
      L.text(line, L.left, L.y, style, { align: "center", width: L.width });
      L.y += lineHeight(style);
    }
  }
  L.gap(14);
}

// ---------------------------------------------------------------------------------------------
// Highlights: a box of two columns, each cell "label … value" (value bold, right-aligned)

function drawHighlights(L: Layout, items: MonthlyReportInput["highlights"]): void {
  if (items.length === 0) return;
  const pad = 5;
  const cellWidth = L.width / 2;
  const inner = cellWidth - 2 * pad;
  const lhLabel = lineHeight(KPI_LABEL);
  const lhValue = lineHeight(KPI_VALUE);
  const cells = items.map(({ label, value }) => {
    const valueWidth = Math.min(L.measure(value, KPI_VALUE), inner * 0.45);
    return {
      label: L.wrap(label, KPI_LABEL, inner - valueWidth - 8),
      value: L.wrap(value, KPI_VALUE, inner * 0.45),
    };
  });
  const rows: Array<typeof cells> = [];
  for (let i = 0; i < cells.length; i += 2) rows.push(cells.slice(i, i + 2));
  const heightOf = (row: typeof cells): number =>
    2 * pad + Math.max(...row.map((c) => Math.max(c.label.length * lhLabel, c.value.length * lhValue)));

  const heading: BlockLine[] = [{ text: "Ringkasan Kinerja", style: SECTION }];
  L.ensure(L.blockHeight(heading) + 4 + heightOf(rows[0] ?? []));
  L.y += L.drawBlock(heading, L.left, L.width, "left") + 4;
  for (const row of rows) {
    const h = heightOf(row);
    if (L.y + h > PAGE.bottom) L.newPage();
    const top = L.y;
    L.doc.save().rect(L.left, top, L.width, h).fill("#F5F5F5").restore();
    for (let c = 0; c < 2; c++) {
      const x = L.left + c * cellWidth;
      L.doc.save().lineWidth(0.6).rect(x, top, cellWidth, h).stroke("black").restore();
      const cell = row[c];
      if (!cell) continue;
      cell.label.forEach((t, i) => L.text(t, x + pad, top + pad + i * lhLabel + 1, KPI_LABEL));
      cell.value.forEach((t, i) => L.text(t, x + pad, top + pad + i * lhValue + 1, KPI_VALUE, { align: "right", width: inner }));
    }
    L.y = top + h;
  }
  L.gap(SECTION_GAP);
}

// ---------------------------------------------------------------------------------------------
// Bar chart

/** Distinct in colour and still apart in grey when printed in black and white. */
const SERIES_COLOURS = ["#1F4E79", "#9DC3E6", "#C55A11", "#7F7F7F", "#548235", "#F4B183"];
const PLOT_HEIGHT = 160;

/** Ticks from 0 in steps of 1, 2 or 5 × 10ⁿ, about five of them, covering `max`. */
export function niceScale(max: number, integers: boolean): { top: number; step: number; decimals: number } {
  if (!(max > 0)) return { top: 5, step: 1, decimals: 0 };
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = ([1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude);
  if (integers) step = Math.max(1, Math.round(step));
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const top = Math.ceil(max / step - 1e-9) * step;
  return { top, step, decimals };
}

function drawChart(L: Layout, chart: ReportChart): void {
  const heading = lines(L, chart.title, SECTION, L.width);
  const value = (s: ReportChart["series"][number], i: number): number => {
    const v = s.values[i];
    return v !== undefined && Number.isFinite(v) && v > 0 ? v : 0;
  };
  const n = chart.categories.length;
  if (n === 0 || chart.series.length === 0) {
    L.ensure(L.blockHeight(heading) + 2 * lineHeight(NOTE));
    L.y += L.drawBlock(heading, L.left, L.width, "left") + 2;
    L.text(NO_DATA, L.left, L.y, NOTE);
    L.y += lineHeight(NOTE) + SECTION_GAP;
    return;
  }

  const all = chart.series.flatMap((s) => chart.categories.map((_, i) => value(s, i)));
  const scale = niceScale(Math.max(0, ...all), all.every(Number.isInteger));
  const ticks: Array<{ v: number; label: string }> = [];
  for (let k = 0; k * scale.step <= scale.top + 1e-9; k++) {
    const v = k * scale.step;
    ticks.push({ v, label: formatNumberId(v, scale.decimals) });
  }
  const axisWidth = Math.max(...ticks.map((t) => L.measure(t.label, AXIS))) + 6;
  const plotX = L.left + axisWidth;
  const plotWidth = L.right - plotX;
  const groupWidth = plotWidth / n;
  // Every category labelled when the words fit under its bars; else every k-th, over k groups.
  const longestWord = Math.max(...chart.categories.flatMap((c) => c.split(/\s+/).map((w) => L.measure(w, AXIS))));
  const every = Math.max(1, Math.ceil((longestWord + 4) / groupWidth));
  const labelWidth = every * groupWidth;
  const categoryLines = chart.categories.map((c, i) => (i % every === 0 ? L.wrap(c, AXIS, labelWidth - 2).slice(0, 3) : []));
  const categoryHeight = Math.max(1, ...categoryLines.map((l) => l.length)) * lineHeight(AXIS);

  // The legend: swatch and name, entries flowing onto further lines when needed.
  const swatch = 8;
  const legendRows: Array<Array<{ name: string; colour: string; width: number }>> = [[]];
  let rowWidth = 0;
  chart.series.forEach((s, i) => {
    const name = L.wrap(s.name, LEGEND, L.width - swatch - 4)[0] ?? "";
    const width = swatch + 4 + L.measure(name, LEGEND);
    const current = legendRows[legendRows.length - 1]!;
    if (current.length > 0 && rowWidth + 14 + width > L.width) {
      legendRows.push([]);
      rowWidth = 0;
    }
    const row = legendRows[legendRows.length - 1]!;
    rowWidth += (row.length ? 14 : 0) + width;
    row.push({ name, colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!, width });
  });
  const legendLh = lineHeight(LEGEND) + 2;

  const headingHeight = L.blockHeight(heading) + 10;
  L.ensure(headingHeight + PLOT_HEIGHT + 4 + categoryHeight + 8 + legendRows.length * legendLh);
  L.y += L.drawBlock(heading, L.left, L.width, "left") + 10;

  const { doc } = L;
  const plotTop = L.y;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const yOf = (v: number): number => plotBottom - (v / scale.top) * PLOT_HEIGHT;

  // Grid lines and the value axis.
  for (const t of ticks) {
    const y = yOf(t.v);
    if (t.v > 0) doc.save().lineWidth(0.4).moveTo(plotX, y).lineTo(L.right, y).stroke("#C8C8C8").restore();
    L.text(t.label, L.left, y - AXIS.size * 0.4, AXIS, { align: "right", width: axisWidth - 4 });
  }

  // The bars, grouped per category, each with its value above when there is room.
  const inner = groupWidth * 0.72;
  let labelEnd = -Infinity;
  const barWidth = inner / chart.series.length;
  chart.categories.forEach((_, c) => {
    const groupX = plotX + c * groupWidth + (groupWidth - inner) / 2;
    chart.series.forEach((s, k) => {
      const v = value(s, c);
      const x = groupX + k * barWidth;
      const colour = SERIES_COLOURS[k % SERIES_COLOURS.length]!;
      if (v > 0) {
        doc.save().rect(x, yOf(v), barWidth, plotBottom - yOf(v)).fill(colour).restore();
        doc.save().lineWidth(0.3).rect(x, yOf(v), barWidth, plotBottom - yOf(v)).stroke("#404040").restore();
      }
      const label = formatNumberId(v, Number.isInteger(v) ? 0 : 1);
      const valueWidth = L.measure(label, BAR_VALUE);
      if (barWidth >= 10 && valueWidth <= barWidth + 2 && s.values[c] !== undefined) {
        L.text(label, x + (barWidth - valueWidth) / 2, yOf(v) - lineHeight(BAR_VALUE), BAR_VALUE, { color: "#202020" });
      }
    });
    // The label centred under its group, kept inside the margins and clear of the one before.
    const labelLines = categoryLines[c] ?? [];
    const textWidth = Math.max(0, ...labelLines.map((line) => L.measure(line, AXIS)));
    const centre = plotX + (c + 0.5) * groupWidth;
    const labelX = Math.min(L.right - textWidth, Math.max(L.left, centre - textWidth / 2));
    if (labelLines.length > 0 && labelX >= labelEnd + 3) {
      labelLines.forEach((line, j) => {
        L.text(line, labelX, plotBottom + 4 + j * lineHeight(AXIS), AXIS, { align: "center", width: textWidth });
      });
      labelEnd = labelX + textWidth;
      if (every > 1) doc.save().lineWidth(0.6).moveTo(centre, plotBottom).lineTo(centre, plotBottom + 3).stroke("black").restore();
    }
  });

  // Axes over the bars.
  doc.save().lineWidth(0.8).moveTo(plotX, plotTop - 4).lineTo(plotX, plotBottom).lineTo(L.right, plotBottom).stroke("black").restore();

  let y = plotBottom + 4 + categoryHeight + 8;
  for (const row of legendRows) {
    const total = row.reduce((s, e, i) => s + e.width + (i ? 14 : 0), 0);
    let x = L.left + (L.width - total) / 2;
    for (const entry of row) {
      doc.save().rect(x, y + 1, swatch, swatch).fill(entry.colour).restore();
      doc.save().lineWidth(0.3).rect(x, y + 1, swatch, swatch).stroke("#404040").restore();
      L.text(entry.name, x + swatch + 4, y, LEGEND);
      x += entry.width + 14;
    }
    y += legendLh;
  }
  L.y = y + SECTION_GAP - 4;
}

// ---------------------------------------------------------------------------------------------
// Tables

function drawTable(L: Layout, table: ReportTable): void {
  const caption: BlockLine[] = [
    ...lines(L, table.title, SECTION, L.width),
    ...(table.note ? lines(L, table.note, NOTE, L.width, { gapBefore: 1 }) : []),
  ];
  if (table.rows.length === 0) {
    L.ensure(L.blockHeight(caption) + 4 + lineHeight(BODY));
    L.y += L.drawBlock(caption, L.left, L.width, "left") + 4;
    L.text(NO_DATA, L.left, L.y, { font: "Times-Italic", size: 11 });
    L.y += lineHeight(BODY) + SECTION_GAP;
    return;
  }
  const numeric = new Set((table.numeric ?? []).filter((i) => i >= 0 && i < table.columns.length));
  const emphasise = new Set(table.emphasise ?? []);
  // A table with many columns is set a point or two smaller before any of its words is cut.
  const fit = (size: number): ColumnFitOptions => {
    const style: Style = { font: "Times-Roman", size };
    const bold: Style = { font: "Times-Bold", size };
    return {
      total: L.width,
      measure: (text, s) => L.measure(text, s),
      style,
      headerStyle: bold,
      rowStyles: table.rows.map((_, r) => (emphasise.has(r) ? bold : undefined)),
      numeric: [...numeric],
    };
  };
  let options = fit(CELL_SIZES[0]);
  for (const size of CELL_SIZES) {
    options = fit(size);
    if (columnBounds(table.columns, table.rows, options).mins.reduce((a, b) => a + b, 0) <= L.width) break;
  }
  const widths = fitColumnWidths(table.columns, table.rows, options);
  const columns: TableColumn[] = table.columns.map((header, i) => ({
    header,
    width: widths[i] ?? 0,
    align: numeric.has(i) ? "right" : "left",
    headerAlign: "center",
  }));
  L.table(columns, table.rows, {
    style: options.style,
    headerStyle: options.headerStyle,
    rowStyles: options.rowStyles ?? [],
    // A little space between the caption and the grid.
    caption: [...caption, { text: "", style: { font: "Times-Roman", size: 3 } }],
    continuedCaption: [...lines(L, `${table.title} (lanjutan)`, NOTE, L.width), { text: "", style: { font: "Times-Roman", size: 2 } }],
    after: SECTION_GAP,
  });
}

// ---------------------------------------------------------------------------------------------
// Signature block, in the right half, kept whole on one page

function drawSigner(L: Layout, signer: ReportSigner, at: Date): void {
  const width = L.width * 0.52;
  const block = signatureLines(
    L,
    {
      preamble: [{ text: `${signer.city}, ${formatIndonesianDate(at, L.clock)}`, style: BODY }],
      person: { name: signer.name, title: signer.title, nip: signer.nip ?? null },
    },
    width,
  );
  L.gap(4);
  const height = L.blockHeight(block);
  L.ensure(height);
  L.drawBlock(block, L.right - width, width);
  L.y += height;
}
