// A small flow layout over PDFKit for letters: every line is placed by hand (lineBreak: false),
// so PDFKit never breaks a page on its own; this layout decides where page 2 starts, draws the
// watermark first on each page (under the text) and keeps blocks such as the signature together.

import PDFDocument from "pdfkit";
import { qrMatrix } from "./qr";
import { formatIndonesianDate, formatNip, toWinAnsi } from "./format";
import type { LetterClock, Letterhead, Person } from "./types";

export type FontName = "Times-Roman" | "Times-Bold" | "Times-Italic" | "Times-BoldItalic" | "Helvetica-Bold";

export interface Style {
  font: FontName;
  size: number;
}

export const BODY: Style = { font: "Times-Roman", size: 12 };
export const BOLD: Style = { font: "Times-Bold", size: 12 };
export const SMALL: Style = { font: "Times-Roman", size: 8 };

/** Points per centimetre. */
export const CM = 72 / 2.54;

/** A4 in points, margins ~2.5 cm (the kop sits higher, at 1.5 cm, on page 1). */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 2.5 * CM,
  right: 595.28 - 2.5 * CM,
  top: 2.5 * CM,
  kopTop: 1.25 * CM,
  /** Lowest line of content; the footer sits below it. */
  bottom: 841.89 - 2.5 * CM,
  footerY: 841.89 - 1.6 * CM,
} as const;

export const lineHeight = (style: Style): number => style.size * 1.16;

export type Align = "left" | "center" | "right" | "justify";

export interface BlockLine {
  text: string;
  style: Style;
  underline?: boolean;
  /** Extra space before this line. */
  gapBefore?: number;
}

export interface TableColumn {
  header: string;
  width: number;
  align?: "left" | "center" | "right";
  /** Default: centred when `align` is "center", else left. */
  headerAlign?: "left" | "center" | "right";
}

/** Inner padding of a table cell, on each side. */
export const TABLE_PAD = 3;

/** A table cell: text, or a mark drawn in the cell (a check mark with a word beside it). */
export type Cell = string | { check: string };

type Doc = InstanceType<typeof PDFDocument>;

/** Fixed so that the same input always gives the same bytes (and SHA-256). */
export const PDF_PRODUCER = "@perizinan/letters (PDFKit)";

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** CreationDate and ModDate: with the fixed Producer, PDFKit derives the file ID from these. */
  date: Date;
}

/**
 * An A4 document with this package's margins and buffered pages (for "Halaman X dari Y"), and the
 * promise of its bytes once `doc.end()` is called. Deterministic: nothing in it depends on the clock.
 */
export function createDocument(info: DocumentInfo): { doc: Doc; bytes: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.left, right: PAGE.width - PAGE.right },
    bufferPages: true,
    compress: true,
    lang: "id-ID",
    displayTitle: true,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: PDF_PRODUCER,
      Producer: PDF_PRODUCER,
      CreationDate: info.date,
      ModDate: info.date,
    },
  });
  const chunks: Uint8Array[] = [];
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(concat(chunks)));
    doc.on("error", reject);
  });
  return { doc, bytes };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export class Layout {
  y: number = PAGE.top;
  /** Set once the letter's QR code has a place (beside the signature or at the bottom). */
  qrPlaced = false;
  /** Set once the paraf line has been printed. */
  parafPlaced = false;
  readonly left = PAGE.left;
  readonly right = PAGE.right;
  readonly width = PAGE.right - PAGE.left;

  constructor(
    readonly doc: Doc,
    private readonly draft: boolean,
    /** The office's clock: every date and time the document prints is on it. */
    readonly clock: LetterClock,
  ) {}

  /** Called once for page 1 (which PDFKit created) and by every page break. */
  startPage(first: boolean): void {
    if (!first) this.doc.addPage();
    if (this.draft) this.watermark();
    this.y = first ? PAGE.kopTop : PAGE.top;
  }

  newPage(): void {
    this.startPage(false);
  }

  /** Break to a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > PAGE.bottom) this.newPage();
  }

  /**
   * A short block (up to 4 lines) moves whole to the next page rather than split; a longer one
   * starts only where at least two of its lines fit.
   */
  keepTogether(lines: number, lh: number): void {
    this.ensure(lines <= 4 ? lines * lh : 2 * lh);
  }

  gap(points: number): void {
    this.y += points;
  }

  setStyle(style: Style): void {
    this.doc.font(style.font).fontSize(style.size);
  }

  measure(text: string, style: Style): number {
    this.setStyle(style);
    return this.doc.widthOfString(toWinAnsi(text));
  }

  /** Greedy word wrap; a word longer than the line is cut by characters. */
  wrap(text: string, style: Style, width: number, firstLineWidth = width): string[] {
    const lines: string[] = [];
    for (const para of toWinAnsi(text).split("\n")) {
      const words = para.split(/ +/).filter((w) => w.length > 0);
      let current = "";
      const limit = (): number => (lines.length === 0 ? firstLineWidth : width);
      for (const word of words) {
        const candidate = current ? `${current} ${word}` : word;
        if (this.measure(candidate, style) <= limit()) {
          current = candidate;
          continue;
        }
        if (current) {
          lines.push(current);
          current = "";
        }
        let rest = word;
        while (this.measure(rest, style) > limit()) {
          let cut = rest.length - 1;
          while (cut > 1 && this.measure(rest.slice(0, cut), style) > limit()) cut--;
          lines.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        current = rest;
      }
      lines.push(current);
    }
    return lines;
  }

  /**
   * Wrap into as many lines as greedy wrapping needs, but with the breaks chosen so that the
   * longest line is as short as possible (a centred heading that reads as a block).
   */
  wrapBalanced(text: string, style: Style, width: number): string[] {
    const greedy = this.wrap(text, style, width);
    if (greedy.length !== 2) return greedy;
    const words = toWinAnsi(text).split(/ +/).filter(Boolean);
    let best = greedy;
    let bestWidth = Math.max(...greedy.map((l) => this.measure(l, style)));
    for (let i = 1; i < words.length; i++) {
      const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
      const w = Math.max(...lines.map((l) => this.measure(l, style)));
      if (w <= width && w < bestWidth) {
        best = lines;
        bestWidth = w;
      }
    }
    return best;
  }

  /** One line at an absolute position; never wraps, never breaks the page. */
  text(
    text: string,
    x: number,
    y: number,
    style: Style,
    opts: { align?: Align; width?: number; underline?: boolean; justifyTo?: number; color?: string } = {},
  ): void {
    const safe = toWinAnsi(text);
    if (!safe) return;
    this.setStyle(style);
    const w = this.doc.widthOfString(safe);
    let dx = 0;
    if (opts.width !== undefined && opts.align === "center") dx = (opts.width - w) / 2;
    if (opts.width !== undefined && opts.align === "right") dx = opts.width - w;
    let wordSpacing = 0;
    if (opts.justifyTo !== undefined) {
      const spaces = (safe.trim().match(/ +/g) ?? []).length;
      const extra = spaces > 0 ? (opts.justifyTo - w) / spaces : 0;
      // A line with one long word (a URL) would be stretched apart: leave it ragged instead.
      if (extra > 0 && extra <= style.size * 1.5) wordSpacing = extra;
    }
    this.doc.fillColor(opts.color ?? "black");
    this.doc.text(safe, x + dx, y, { lineBreak: false, ...(wordSpacing > 0 ? { wordSpacing } : {}) });
    if (opts.underline) {
      const ascent = (style.size * 683) / 1000;
      const lineY = y + ascent + style.size * 0.12;
      this.doc
        .save()
        .lineWidth(style.size >= 12 ? 0.9 : 0.6)
        .moveTo(x + dx, lineY)
        .lineTo(x + dx + w, lineY)
        .stroke("black")
        .restore();
    }
  }

  /** A wrapped paragraph that flows across pages, line by line. */
  paragraph(
    text: string,
    opts: { style?: Style; x?: number; width?: number; align?: Align; firstIndent?: number; after?: number } = {},
  ): void {
    const style = opts.style ?? BODY;
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.right - x;
    const indent = opts.firstIndent ?? 0;
    const lh = lineHeight(style);
    const paragraphs = text.split("\n");
    for (const para of paragraphs) {
      const lines = this.wrap(para, style, width, width - indent);
      this.keepTogether(lines.length, lh);
      lines.forEach((line, i) => {
        // No single last line of a paragraph alone at the top of a page.
        if (i === lines.length - 2) this.ensure(2 * lh);
        this.ensure(lh);
        const lx = i === 0 ? x + indent : x;
        const lw = i === 0 ? width - indent : width;
        const last = i === lines.length - 1;
        if (opts.align === "justify") {
          this.text(line, lx, this.y, style, last ? {} : { justifyTo: lw });
        } else {
          this.text(line, lx, this.y, style, { align: opts.align ?? "left", width: lw });
        }
        this.y += lh;
      });
    }
    this.y += opts.after ?? 0;
  }

  /**
   * Items with a hanging marker ("1.", "a.", or a bullet), justified, flowing across pages.
   */
  list(items: string[], opts: { x?: number; width?: number; style?: Style; marker?: (i: number) => string; after?: number } = {}): void {
    const style = opts.style ?? BODY;
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.right - x;
    const marker = opts.marker ?? ((i: number) => `${i + 1}.`);
    const markerWidth = Math.max(18, ...items.map((_, i) => this.measure(marker(i), style) + 6));
    const lh = lineHeight(style);
    items.forEach((item, i) => {
      const lines = this.wrap(item, style, width - markerWidth);
      this.keepTogether(lines.length, lh);
      lines.forEach((line, j) => {
        if (j === lines.length - 2) this.ensure(2 * lh);
        this.ensure(lh);
        if (j === 0) this.text(marker(i), x, this.y, style);
        this.text(line, x + markerWidth, this.y, style, j < lines.length - 1 ? { justifyTo: width - markerWidth } : {});
        this.y += lh;
      });
    });
    this.y += opts.after ?? 0;
  }

  /** "Label : value" rows with the colons aligned; values wrap under themselves. */
  fields(rows: Array<[string, string]>, opts: { x?: number; labelWidth?: number; width?: number; style?: Style; after?: number } = {}): void {
    const style = opts.style ?? BODY;
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.right - x;
    const labelWidth = opts.labelWidth ?? 150;
    const colonWidth = 12;
    const valueX = x + labelWidth + colonWidth;
    const valueWidth = width - labelWidth - colonWidth;
    const lh = lineHeight(style);
    for (const [label, value] of rows) {
      const labelLines = this.wrap(label, style, labelWidth - 4);
      const valueLines = this.wrap(value || "-", style, valueWidth);
      const n = Math.max(labelLines.length, valueLines.length);
      for (let i = 0; i < n; i++) {
        this.ensure(lh);
        const l = labelLines[i];
        const v = valueLines[i];
        if (l) this.text(l, x, this.y, style);
        if (i === 0) this.text(":", x + labelWidth, this.y, style);
        if (v) this.text(v, valueX, this.y, style);
        this.y += lh;
      }
    }
    this.y += opts.after ?? 0;
  }

  /**
   * A bordered table; the header repeats on each new page. A row moves whole to the next page;
   * only a row taller than a page is split, its lines continuing under the repeated header.
   */
  table(
    columns: TableColumn[],
    rows: Cell[][],
    opts: {
      x?: number;
      style?: Style;
      headerStyle?: Style;
      minRowHeight?: number[];
      /** The style of each row (e.g. bold for an emphasised row); default `style`. */
      rowStyles?: Array<Style | undefined>;
      /** Lines above the header, kept on the page of the header and the first row. */
      caption?: BlockLine[];
      /** Lines above the repeated header on each page the table continues on. */
      continuedCaption?: BlockLine[];
      after?: number;
    } = {},
  ): void {
    const style = opts.style ?? { font: "Times-Roman", size: 11 };
    const headerStyle = opts.headerStyle ?? { font: "Times-Bold", size: 11 };
    const x0 = opts.x ?? this.left;
    const pad = TABLE_PAD;
    const tableWidth = this.sum(columns);

    interface Row {
      cells: Cell[];
      style: Style;
      lh: number;
      min: number;
      /** Wrapped lines per column; null for a check-mark cell. */
      lines: Array<string[] | null>;
      count: number;
    }
    const prepare = (cells: Cell[], s: Style, min: number): Row => {
      const lines = columns.map((col, i) => {
        const cell = cells[i] ?? "";
        return typeof cell === "string" ? this.wrap(cell, s, col.width - 2 * pad) : null;
      });
      const count = Math.max(1, ...lines.map((l) => (l ? l.length : 1)));
      return { cells, style: s, lh: lineHeight(s), min, lines, count };
    };
    const heightOf = (row: Row, lines = row.count): number => Math.max(row.min, pad * 2 + row.lh * lines);

    /** Draws lines [from, to) of the row in a box of `height`. */
    const drawRow = (row: Row, header: boolean, from: number, to: number, height: number): void => {
      let x = x0;
      const top = this.y;
      if (header) this.doc.save().rect(x0, top, tableWidth, height).fill("#EDEDED").restore();
      columns.forEach((col, i) => {
        const cell = row.cells[i] ?? "";
        this.doc.save().lineWidth(0.6).rect(x, top, col.width, height).stroke("black").restore();
        const lines = row.lines[i];
        if (lines) {
          const align = header ? (col.headerAlign ?? (col.align === "center" ? "center" : "left")) : (col.align ?? "left");
          lines.slice(from, to).forEach((line, j) => {
            this.text(line, x + pad, top + pad + j * row.lh + 1, row.style, align === "left" ? {} : { align, width: col.width - 2 * pad });
          });
        } else if (typeof cell !== "string" && from === 0) {
          const labelWidth = this.measure(cell.check, row.style);
          const markWidth = 11;
          const startX = x + (col.width - (markWidth + 4 + labelWidth)) / 2;
          this.checkMark(startX, top + pad + 1, 10);
          this.text(cell.check, startX + markWidth + 4, top + pad + 1, row.style);
        }
        x += col.width;
      });
      this.y = top + height;
    };

    const header = prepare(
      columns.map((c) => c.header),
      headerStyle,
      0,
    );
    const headerHeight = heightOf(header);
    const continuedHeight = this.blockHeight(opts.continuedCaption ?? []);
    /** What a fresh page holds under the repeated header: a taller row has to be split. */
    const pageRoom = PAGE.bottom - PAGE.top - continuedHeight - headerHeight;
    const prepared = rows.map((cells, r) => prepare(cells, opts.rowStyles?.[r] ?? style, opts.minRowHeight?.[r] ?? 0));

    const continuePage = (): void => {
      this.newPage();
      if (opts.continuedCaption?.length) this.y += this.drawBlock(opts.continuedCaption, x0, tableWidth, "left");
      drawRow(header, true, 0, header.count, headerHeight);
    };

    const first = prepared[0];
    const firstHeight = !first ? pad * 2 + lineHeight(style) : heightOf(first) > pageRoom ? heightOf(first, 2) : heightOf(first);
    this.ensure(this.blockHeight(opts.caption ?? []) + headerHeight + firstHeight);
    if (opts.caption?.length) this.y += this.drawBlock(opts.caption, x0, tableWidth, "left");
    drawRow(header, true, 0, header.count, headerHeight);
    for (const row of prepared) {
      const h = heightOf(row);
      if (h <= pageRoom) {
        if (this.y + h > PAGE.bottom) continuePage();
        drawRow(row, false, 0, row.count, h);
        continue;
      }
      // Taller than a page: as many lines as fit here (at least two), the rest on the next pages.
      let from = 0;
      while (from < row.count) {
        let fit = Math.floor((PAGE.bottom - this.y - pad * 2) / row.lh);
        if (fit < Math.min(2, row.count - from)) {
          continuePage();
          fit = Math.floor((PAGE.bottom - this.y - pad * 2) / row.lh);
        }
        const to = Math.min(row.count, from + Math.max(1, fit));
        drawRow(row, false, from, to, pad * 2 + row.lh * (to - from));
        from = to;
      }
    }
    this.y += opts.after ?? 0;
  }

  /** A box of label/value rows with no header (the disposition sheet). */
  boxedFields(rows: Array<{ label: string; value: string; minHeight?: number }>, opts: { labelWidth?: number; after?: number } = {}): void {
    const labelWidth = opts.labelWidth ?? 140;
    const style = BODY;
    const pad = 5;
    const lh = lineHeight(style);
    for (const row of rows) {
      const labelLines = this.wrap(row.label, BOLD, labelWidth - 2 * pad);
      const valueLines = this.wrap(row.value || "-", style, this.width - labelWidth - 2 * pad);
      const h = Math.max(row.minHeight ?? 0, 2 * pad + lh * Math.max(labelLines.length, valueLines.length));
      this.ensure(h);
      const top = this.y;
      this.doc.save().lineWidth(0.6).rect(this.left, top, labelWidth, h).stroke("black").restore();
      this.doc.save().lineWidth(0.6).rect(this.left + labelWidth, top, this.width - labelWidth, h).stroke("black").restore();
      labelLines.forEach((l, i) => this.text(l, this.left + pad, top + pad + i * lh + 1, BOLD));
      valueLines.forEach((v, i) => this.text(v, this.left + labelWidth + pad, top + pad + i * lh + 1, style));
      this.y = top + h;
    }
    this.y += opts.after ?? 0;
  }

  /** A check mark drawn as two strokes (✓ is not in the standard fonts). */
  checkMark(x: number, y: number, size: number): void {
    this.doc
      .save()
      .lineWidth(size / 7)
      .lineCap("round")
      .lineJoin("round")
      .moveTo(x, y + size * 0.55)
      .lineTo(x + size * 0.38, y + size * 0.9)
      .lineTo(x + size, y + size * 0.1)
      .stroke("black")
      .restore();
  }

  blockHeight(lines: BlockLine[]): number {
    return lines.reduce((h, l) => h + (l.gapBefore ?? 0) + lineHeight(l.style), 0);
  }

  /** Lines centred in a column starting at the current y (does not move y). */
  drawBlock(lines: BlockLine[], x: number, width: number, align: "center" | "left" = "center"): number {
    let y = this.y;
    for (const line of lines) {
      y += line.gapBefore ?? 0;
      this.text(line.text, x, y, line.style, { align, width, ...(line.underline ? { underline: true } : {}) });
      y += lineHeight(line.style);
    }
    return y - this.y;
  }

  /** QR code (vector squares) with a quiet zone; returns its size in points. */
  qr(url: string, x: number, y: number, size: number): void {
    const matrix = qrMatrix(url);
    const n = matrix.length;
    const quiet = 2;
    const module = size / (n + 2 * quiet);
    this.doc.save().rect(x, y, size, size).fill("white");
    this.doc.fillColor("black");
    matrix.forEach((row, r) => {
      let c = 0;
      while (c < n) {
        if (!row[c]) {
          c++;
          continue;
        }
        let end = c;
        while (end + 1 < n && row[end + 1]) end++;
        // A hair of overlap avoids white seams between adjacent squares in some viewers.
        this.doc.rect(x + (quiet + c) * module, y + (quiet + r) * module, (end - c + 1) * module + 0.05, module + 0.05);
        c = end + 1;
      }
    });
    this.doc.fill("black").restore();
  }

  private watermark(): void {
    const { doc } = this;
    const text = "DRAF";
    const size = 170;
    doc.save();
    doc.font("Helvetica-Bold").fontSize(size);
    const w = doc.widthOfString(text);
    const angle = (-Math.atan2(PAGE.height, PAGE.width) * 180) / Math.PI;
    doc.rotate(angle, { origin: [PAGE.width / 2, PAGE.height / 2] });
    doc.fillColor("#D9D9D9");
    doc.text(text, PAGE.width / 2 - w / 2, PAGE.height / 2 - size * 0.36, { lineBreak: false });
    doc.restore();
    doc.fillColor("black");
  }

  private sum(columns: TableColumn[]): number {
    return columns.reduce((s, c) => s + c.width, 0);
  }
}

// ---------------------------------------------------------------------------------------------
// Pieces every document shares: kop surat, footers, signature lines, table column widths

/** The emblem's box at the left of the kop: about 2 x 2.4 cm, the size kop templates use. */
const EMBLEM = { width: 2 * CM, height: 2.4 * CM, gap: 0.3 * CM };

/** The kop surat at the top of page 1: government, office in bold capitals, address, double rule. */
export function drawKop(L: Layout, head: Letterhead): void {
  // With an emblem (Tata Naskah Dinas: the lambang daerah left of the kop text), the lines are
  // centred in the room to its right.
  const inset = head.emblem ? EMBLEM.width + EMBLEM.gap : 0;
  const x = L.left + inset;
  const w = L.width - inset;
  const top = L.y;
  let y = L.y;
  const gov: Style = { font: "Times-Bold", size: 14 };
  const office: Style = { font: "Times-Bold", size: 15 };
  const small: Style = { font: "Times-Roman", size: 10 };

  L.text(head.governmentName.toUpperCase(), x, y, gov, { align: "center", width: w });
  y += lineHeight(gov) + 1;
  for (const line of L.wrapBalanced(head.officeName.toUpperCase(), office, w - 20)) {
    L.text(line, x, y, office, { align: "center", width: w });
    y += lineHeight(office);
  }
  y += 2;
  const addressLine = [head.address, head.phone ? `Telepon ${head.phone}` : null].filter(Boolean).join(", ");
  const contactLine = [head.website ? `Laman: ${head.website}` : null, head.email ? `Pos-el: ${head.email}` : null]
    .filter(Boolean)
    .join(", ");
  for (const text of [addressLine, contactLine]) {
    if (!text) continue;
    for (const line of L.wrapBalanced(text, small, w)) {
      L.text(line, x, y, small, { align: "center", width: w });
      y += lineHeight(small);
    }
  }
  if (head.emblem) {
    L.doc.image(Buffer.from(head.emblem), L.left, top, { fit: [EMBLEM.width, EMBLEM.height], align: "center", valign: "center" });
    y = Math.max(y, top + EMBLEM.height);
  }
  y += 4;
  // Thick and thin rule under the kop, across the whole text width.
  const left = L.left;
  const right = L.left + L.width;
  L.doc.save().lineWidth(2.4).moveTo(left, y).lineTo(right, y).stroke("black");
  L.doc.lineWidth(0.8).moveTo(left, y + 3.6).lineTo(right, y + 3.6).stroke("black").restore();
  L.y = y + 14;
}

/** On every buffered page: a thin rule, `left` at the left and "Halaman X dari Y" at the right. */
export function drawFooters(L: Layout, left: string): void {
  const { doc } = L;
  const range = doc.bufferedPageRange();
  const footer: Style = { font: "Times-Roman", size: 8.5 };
  // Leave room for the page number; a text too long for its place is cut short.
  const room = L.width - L.measure(`Halaman ${range.count} dari ${range.count}`, footer) - 24;
  const wrapped = L.wrap(left, footer, room);
  const leftText = wrapped.length > 1 ? `${L.wrap(left, footer, room - L.measure("…", footer))[0] ?? ""}…` : left;
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const y = PAGE.footerY;
    doc.save().lineWidth(0.4).moveTo(L.left, y - 4).lineTo(L.right, y - 4).stroke("#808080").restore();
    L.text(leftText, L.left, y, footer, { color: "#404040" });
    L.text(`Halaman ${i + 1} dari ${range.count}`, L.left, y, footer, { align: "right", width: L.width, color: "#404040" });
  }
}

export const SIGNED: Style = { font: "Times-Italic", size: 9 };
/** Room for a wet signature and the stamp. */
export const SIGN_SPACE = 50;

/**
 * The lines of a signature block: the preamble (date line, "Mengetahui,"), the signatory's title
 * with a trailing comma, room for the signature, the name bold and underlined, "NIP. …", and
 * "Ditandatangani pada …" when a signature was recorded.
 */
export function signatureLines(
  L: Layout,
  opts: { preamble: BlockLine[]; person?: Person | null; signedAt?: Date | null },
  width: number,
): BlockLine[] {
  const lines: BlockLine[] = [...opts.preamble];
  const person = opts.person;
  if (!person) return lines;
  const titleLines = L.wrap(`${person.title.trim().replace(/,$/, "")},`, BODY, width);
  titleLines.forEach((text, i) => lines.push({ text, style: BODY, ...(i === 0 && opts.preamble.length ? { gapBefore: 2 } : {}) }));
  lines.push({ text: person.name, style: BOLD, underline: true, gapBefore: SIGN_SPACE });
  if (person.nip) lines.push({ text: `NIP. ${formatNip(person.nip)}`, style: BODY });
  if (opts.signedAt) {
    for (const text of L.wrap(`Ditandatangani pada ${formatIndonesianDate(opts.signedAt, L.clock, true)}`, SIGNED, width)) {
      lines.push({ text, style: SIGNED, gapBefore: 1 });
    }
  }
  return lines;
}

export interface ColumnFitOptions {
  /** The width the columns share: the widths returned add up to it. */
  total: number;
  measure: (text: string, style: Style) => number;
  style: Style;
  headerStyle: Style;
  /** The style of each row where it differs from `style` (bold rows are wider). */
  rowStyles?: Array<Style | undefined>;
  /** Columns of numbers: sized by their numbers (the header wraps), they never take spare room. */
  numeric?: number[];
  /** Inner padding on each side of a cell; default TABLE_PAD. */
  pad?: number;
  /** The longest word a column must keep unbroken (longer ones are cut); default 35 % of `total`. */
  maxWordWidth?: number;
}

/**
 * Each column's narrowest width (its longest word) and natural width (its longest line), padded.
 * A numeric column's header counts only for the narrowest width: it wraps rather than widen the
 * column.
 */
export function columnBounds(header: string[], rows: string[][], opts: ColumnFitOptions): { mins: number[]; maxs: number[] } {
  const n = header.length;
  const pad = opts.pad ?? TABLE_PAD;
  const maxWord = opts.maxWordWidth ?? opts.total * 0.35;
  const floor = 2 * pad + 12;
  // Measured widths plus a hair, so that a cell at exactly its width is not wrapped by rounding.
  const hair = 0.01;
  const mins = new Array<number>(n).fill(floor);
  const maxs = new Array<number>(n).fill(floor);
  const numeric = new Set(opts.numeric ?? []);
  const take = (text: string, col: number, style: Style, header = false): void => {
    for (const line of text.split("\n")) {
      // A number column is as wide as its numbers: its header wraps ("Lama (hari kerja)").
      if (!(header && numeric.has(col))) maxs[col] = Math.max(maxs[col] ?? 0, opts.measure(line.trim(), style) + 2 * pad + hair);
      for (const word of line.split(/\s+/)) {
        if (!word) continue;
        mins[col] = Math.max(mins[col] ?? 0, Math.min(maxWord, opts.measure(word, style)) + 2 * pad + hair);
      }
    }
  };
  header.forEach((text, c) => take(text, c, opts.headerStyle, true));
  rows.forEach((row, r) => {
    const style = opts.rowStyles?.[r] ?? opts.style;
    for (let c = 0; c < n; c++) take(row[c] ?? "", c, style);
  });
  for (let c = 0; c < n; c++) maxs[c] = Math.max(maxs[c] ?? 0, mins[c] ?? 0);
  return { mins, maxs };
}

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

/**
 * Column widths from the content, in the manner of an HTML table (see `columnBounds`):
 * - every column fits at its natural width: the room left goes to the text columns, in proportion
 *   to their width (numeric columns keep theirs);
 * - only the narrowest widths fit: the columns that need least, each up to one and a half times an
 *   equal share of the room left, get their natural width (short dates and numbers stay on one
 *   line), and the long text columns share the rest in proportion to how much they would still grow;
 * - not even those fit: the widest columns are capped at one width so that the sum fits, and only
 *   their longest words are cut (by `Layout.wrap`).
 * The widths always add up to `total`, so a table never runs past the right margin.
 */
export function fitColumnWidths(header: string[], rows: string[][], opts: ColumnFitOptions): number[] {
  const n = header.length;
  if (n === 0) return [];
  const { mins, maxs } = columnBounds(header, rows, opts);
  const sumMin = sum(mins);
  const sumMax = sum(maxs);
  let widths: number[];
  if (sumMax <= opts.total) {
    const pad = opts.pad ?? TABLE_PAD;
    const numeric = new Set(opts.numeric ?? []);
    widths = [...maxs];
    let extra = opts.total - sumMax;
    // Room to spare: a number column first widens to keep its header on one line.
    for (const c of [...numeric].sort((a, b) => a - b)) {
      if (c < 0 || c >= n) continue;
      const lines = (header[c] ?? "").split("\n").map((l) => opts.measure(l.trim(), opts.headerStyle) + 2 * pad + 0.01);
      const grow = Math.max(0, ...lines) - (widths[c] ?? 0);
      if (grow > 0 && grow <= extra) {
        widths[c] = (widths[c] ?? 0) + grow;
        extra -= grow;
      }
    }
    const growing = maxs.map((_, c) => !numeric.has(c));
    const anyGrowing = growing.some(Boolean);
    const weights = maxs.map((m, c) => (!anyGrowing || growing[c] ? m : 0));
    const weightSum = sum(weights);
    widths = widths.map((w, c) => w + (extra * (weights[c] ?? 0)) / weightSum);
  } else if (sumMin <= opts.total) {
    const wants = maxs.map((m, c) => m - (mins[c] ?? 0));
    widths = [...mins];
    let room = opts.total - sumMin;
    const open = wants
      .map((_, c) => c)
      .filter((c) => (wants[c] ?? 0) > 0)
      .sort((a, b) => (wants[a] ?? 0) - (wants[b] ?? 0) || a - b);
    while (open.length > 0) {
      const c = open[0]!;
      const want = wants[c] ?? 0;
      if (want > room || want > (1.5 * room) / open.length) break;
      widths[c] = maxs[c] ?? 0;
      room -= want;
      open.shift();
    }
    const wanted = sum(open.map((c) => wants[c] ?? 0));
    for (const c of open) widths[c] = (mins[c] ?? 0) + (room * (wants[c] ?? 0)) / wanted;
  } else {
    // The cap c with sum(min(mins[i], c)) = total.
    const sorted = [...mins].sort((a, b) => a - b);
    let below = 0;
    let cap = opts.total / n;
    for (let k = 0; k < n; k++) {
      const m = sorted[k] ?? 0;
      if (below + (n - k) * m >= opts.total) {
        cap = (opts.total - below) / (n - k);
        break;
      }
      below += m;
    }
    widths = mins.map((m) => Math.min(m, cap));
  }
  // Absorb rounding in the last column so that the sum is exactly `total`.
  const last = widths.length - 1;
  widths[last] = opts.total - sum(widths.slice(0, last));
  return widths;
}
