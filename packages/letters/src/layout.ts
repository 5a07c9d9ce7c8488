// A small flow layout over PDFKit for letters: every line is placed by hand (lineBreak: false),
// so PDFKit never breaks a page on its own; this layout decides where page 2 starts, draws the
// watermark first on each page (under the text) and keeps blocks such as the signature together.

import PDFDocument from "pdfkit";
import { qrMatrix } from "./qr";
import { formatIndonesianDate, formatNip, toWinAnsi } from "./format";
import type { Letterhead, Person } from "./types";

export type FontName = "Times-Roman" | "Times-Bold" | "Times-Italic" | "Times-BoldItalic" | "Helvetica-Bold";

export interface Style {
  font: FontName;
  size: number;
}

export const BODY: Style = { font: "Times-Roman", size: 12 };
export const BOLD: Style = { font: "Times-Bold", size: 12 };
export const SMALL: Style = { font: "Times-Roman", size: 8 };

const CM = 72 / 2.54;

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

  /** A bordered table; a row never splits, the header repeats on a new page. */
  table(
    columns: TableColumn[],
    rows: Cell[][],
    opts: { x?: number; style?: Style; headerStyle?: Style; minRowHeight?: number[]; after?: number } = {},
  ): void {
    const style = opts.style ?? { font: "Times-Roman", size: 11 };
    const headerStyle = opts.headerStyle ?? { font: "Times-Bold", size: 11 };
    const x0 = opts.x ?? this.left;
    const pad = 3;
    const lh = lineHeight(style);
    const cellLines = (cell: Cell, col: TableColumn, s: Style): string[] =>
      typeof cell === "string" ? this.wrap(cell, s, col.width - 2 * pad) : [cell.check];
    const rowHeight = (cells: Cell[], s: Style, min = 0): number =>
      Math.max(min, pad * 2 + lh * Math.max(1, ...cells.map((c, i) => cellLines(c, columns[i] ?? columns[0]!, s).length)));

    const drawRow = (cells: Cell[], s: Style, height: number, header: boolean): void => {
      let x = x0;
      const top = this.y;
      if (header) this.doc.save().rect(x0, top, this.sum(columns), height).fill("#EDEDED").restore();
      columns.forEach((col, i) => {
        const cell = cells[i] ?? "";
        this.doc.save().lineWidth(0.6).rect(x, top, col.width, height).stroke("black").restore();
        if (typeof cell === "string") {
          const lines = cellLines(cell, col, s);
          lines.forEach((line, j) => {
            this.text(line, x + pad, top + pad + j * lh + 1, s, col.align === "center" ? { align: "center", width: col.width - 2 * pad } : {});
          });
        } else {
          const labelWidth = this.measure(cell.check, s);
          const markWidth = 11;
          const startX = x + (col.width - (markWidth + 4 + labelWidth)) / 2;
          this.checkMark(startX, top + pad + 1, 10);
          this.text(cell.check, startX + markWidth + 4, top + pad + 1, s);
        }
        x += col.width;
      });
      this.y = top + height;
    };

    const header = columns.map((c) => c.header);
    const headerHeight = rowHeight(header, headerStyle);
    this.ensure(headerHeight + rowHeight(rows[0] ?? [], style, opts.minRowHeight?.[0] ?? 0));
    drawRow(header, headerStyle, headerHeight, true);
    rows.forEach((cells, r) => {
      const h = rowHeight(cells, style, opts.minRowHeight?.[r] ?? 0);
      if (this.y + h > PAGE.bottom) {
        this.newPage();
        drawRow(header, headerStyle, headerHeight, true);
      }
      drawRow(cells, style, h, false);
    });
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
