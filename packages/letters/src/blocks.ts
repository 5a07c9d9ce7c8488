// The blocks a letter is laid out from (render-template.ts composes them by layout): the centred
// title and number, the Surat Dinas head, the signature block with the QR code and paraf beside
// it, the bottom matter, the team table. Each reads only the few fields it needs (`LetterBasics`).

import { formatIndonesianDate, formatNip, formatShortDateTime } from "./format";
import {
  BODY,
  type BlockLine,
  type Layout,
  PAGE,
  SMALL,
  type Style,
  type TableColumn,
  TABLE_PAD,
  fitColumnWidths,
  lineHeight,
  signatureLines,
} from "./layout";
import type { Initial, Letterhead, Person, SignatureRecord } from "./types";

/** What the blocks read of a letter. */
export interface LetterBasics {
  letterhead: Pick<Letterhead, "city" | "clock">;
  date: Date;
  /** null → unnumbered. */
  number: string | null;
  draft: boolean;
  initials?: Initial[];
  qr?: { url: string; caption: string } | null;
}

/** "DRAF — belum bernomor" until the letter has its number. */
export function numberText(input: Pick<LetterBasics, "number" | "draft">): string {
  if (input.number) return input.number;
  return input.draft ? "DRAF — belum bernomor" : "belum bernomor";
}

/** "{city}, 29 November 2026": the office's city and the letter's date on the office's clock. */
export const dateLine = (input: Pick<LetterBasics, "letterhead" | "date">): string =>
  `${input.letterhead.city}, ${formatIndonesianDate(input.date, input.letterhead.clock)}`;

// ---------------------------------------------------------------------------------------------
// Title, number block

/** The centred bold underlined title, and "Nomor: …" under it unless `number` is null. */
export function drawTitle(L: Layout, title: string, number: string | null): void {
  const style: Style = { font: "Times-Bold", size: 13 };
  const lines = L.wrap(title, style, L.width - 40);
  L.ensure(lines.length * lineHeight(style) + (number ? lineHeight(BODY) : 0) + 40);
  for (const line of lines) {
    L.text(line, L.left, L.y, style, { align: "center", width: L.width, underline: true });
    L.y += lineHeight(style);
  }
  if (number !== null) {
    L.y += 2;
    L.text(`Nomor: ${number}`, L.left, L.y, BODY, { align: "center", width: L.width });
    L.y += lineHeight(BODY);
  }
  L.y += 12;
}

/** The body of a Surat Dinas is indented to the value column of the Nomor/Hal block. */
export const DINAS_LABEL = 62;
export const DINAS_INDENT = DINAS_LABEL + 12;

/**
 * The head of a Surat Dinas: the date line at the right, Nomor / Sifat / Lampiran / Hal, and the
 * addressee after "Yth." (a leading "Yth." in the first line is not doubled; no lines, no "Yth.").
 */
export function drawSuratDinasHead(
  L: Layout,
  input: Pick<LetterBasics, "letterhead" | "date" | "number" | "draft">,
  block: { sifat: string; lampiran: string; hal: string },
  addressee: string[],
): void {
  const top = L.y;
  const date = dateLine(input);
  L.text(date, L.left, top, BODY, { align: "right", width: L.width });
  L.fields(
    [
      ["Nomor", numberText(input)],
      ["Sifat", block.sifat],
      ["Lampiran", block.lampiran],
      ["Hal", block.hal],
    ],
    { labelWidth: DINAS_LABEL, width: L.width * 0.6 },
  );
  L.gap(12);
  if (addressee.length > 0) {
    const [first, ...rest] = addressee;
    const yth = "Yth. ";
    const ythWidth = L.measure(yth, BODY);
    L.text(yth, L.left, L.y, BODY);
    L.paragraph((first ?? "").replace(/^Yth\.?\s*/i, ""), { x: L.left + ythWidth, width: L.width * 0.6 });
    for (const line of rest) L.paragraph(line, { x: L.left + ythWidth, width: L.width * 0.6 });
  }
  L.gap(10);
}

// ---------------------------------------------------------------------------------------------
// Signature block, QR code, paraf

/** Who the block names: the signature record once signed, else the person who is to sign. */
export function signerOf(
  signature: SignatureRecord | null | undefined,
  person: Person | null | undefined,
): { person: Person | null; signedAt: Date | null } {
  if (signature) return { person: signature, signedAt: signature.signedAt };
  return { person: person ?? null, signedAt: null };
}

/** Something drawn in the left half beside the signature block (e.g. a pas foto). */
export interface AsideBlock {
  width: number;
  height: number;
  draw(x: number, y: number): void;
}

export interface SignatureOptions {
  preamble: BlockLine[];
  /** Default: the signature record, else the signatory. */
  person?: Person | null;
  signedAt?: Date | null;
  x?: number;
  width?: number;
  /** How far below the block's top the left half starts; default the preamble's height (level with the title). */
  asideTop?: number;
  /**
   * Drawn in the left half next to the signature block (e.g. a pas foto); the QR code then stands
   * at the left of it with its caption underneath.
   */
  aside?: AsideBlock | null;
}

const QR_SIZE = 72;
const QR_CAPTION: Style = { font: "Times-Roman", size: 8.5 };
const QR_URL: Style = { font: "Times-Italic", size: 7.5 };

interface QrBlock {
  height: number;
  draw(x: number, y: number): void;
}

/**
 * The QR code with its caption and URL printed small to its right, or under it (`captionBelow`,
 * where the room beside the signature block is shared with something else).
 */
export function qrBlock(L: Layout, qr: { url: string; caption: string }, width: number, captionBelow = false): QrBlock {
  const textWidth = captionBelow ? width : width - QR_SIZE - 8;
  const captionLines = L.wrap(qr.caption, QR_CAPTION, textWidth);
  const urlLines = wrapUrl(L, qr.url, QR_URL, textWidth);
  const textHeight = captionLines.length * lineHeight(QR_CAPTION) + 2 + urlLines.length * lineHeight(QR_URL);
  return {
    height: captionBelow ? QR_SIZE + 4 + textHeight : Math.max(QR_SIZE, textHeight),
    draw(x, y) {
      L.qr(qr.url, x, y, QR_SIZE);
      const tx = captionBelow ? x : x + QR_SIZE + 8;
      let ty = captionBelow ? y + QR_SIZE + 4 : y + Math.max(0, (QR_SIZE - textHeight) / 2);
      for (const line of captionLines) {
        L.text(line, tx, ty, QR_CAPTION);
        ty += lineHeight(QR_CAPTION);
      }
      ty += 2;
      for (const line of urlLines) {
        L.text(line, tx, ty, QR_URL);
        ty += lineHeight(QR_URL);
      }
    },
  };
}

/**
 * A URL wrapped after a "/", "?", "&" or "=" where it has to break; only a part longer than the
 * line is cut by characters.
 */
function wrapUrl(L: Layout, url: string, style: Style, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const part of url.trim().split(/(?<=[/?&=])/)) {
    if (L.measure(current + part, style) <= width) {
      current += part;
      continue;
    }
    if (current) lines.push(current);
    const cut = L.wrap(part, style, width);
    current = cut.pop() ?? "";
    lines.push(...cut);
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

/**
 * The signature block in the right half, kept on one page. The left half beside it holds the
 * letter's QR code (level with the signatory's title) and, at its foot, the paraf line; an `aside`
 * stands at the right of the left half, next to the block, with the QR code to its left.
 */
export function drawSignature(L: Layout, input: Pick<LetterBasics, "qr" | "initials">, opts: SignatureOptions): void {
  const width = opts.width ?? L.width * 0.52;
  const x = opts.x ?? L.right - width;
  const leftWidth = x - L.left - 12;
  const lines = signatureLines(L, opts, width);
  const asideTop = opts.asideTop ?? L.blockHeight(opts.preamble);
  const aside = opts.aside ?? null;
  // Beside an aside the QR code keeps the room left of it, its caption underneath.
  const qrWidth = aside ? leftWidth - aside.width - 12 : leftWidth;
  const qr = input.qr && !L.qrPlaced && qrWidth >= QR_SIZE ? qrBlock(L, input.qr, qrWidth, aside !== null) : null;
  const paraf = L.parafPlaced ? [] : parafLines(L, input, leftWidth);
  const parafHeight = paraf.length * lineHeight(SMALL);
  const row = Math.max(aside?.height ?? 0, qr?.height ?? 0);
  const leftHeight = (row ? asideTop + 4 + row : 0) + (paraf.length ? (row ? 10 : 0) + parafHeight : 0);
  const height = Math.max(L.blockHeight(lines), leftHeight);
  L.ensure(height);
  if (aside) aside.draw(L.left + Math.max(0, leftWidth - aside.width), L.y + asideTop + 4);
  if (qr) {
    qr.draw(L.left, L.y + asideTop + 4);
    L.qrPlaced = true;
  }
  let py = L.y + height - parafHeight;
  for (const line of paraf) {
    L.text(line, L.left, py, SMALL, { color: "#333333" });
    py += lineHeight(SMALL);
  }
  if (paraf.length) L.parafPlaced = true;
  L.drawBlock(lines, x, width);
  L.y += height;
}

/** "Paraf: Kabid Pelayanan (nama, 28-11-2026 09.05 WIB) · …", wrapped to `width`. */
export function parafLines(L: Layout, input: Pick<LetterBasics, "initials">, width: number): string[] {
  const initials = input.initials ?? [];
  if (initials.length === 0) return [];
  const text = `Paraf: ${initials.map((i) => `${i.title} (${i.name}, ${formatShortDateTime(i.at, L.clock)})`).join(" · ")}`;
  return L.wrap(text, SMALL, width);
}

/** The paraf line, and the QR code when no signature block took it, at the bottom of the last page. */
export function drawBottomMatter(L: Layout, input: Pick<LetterBasics, "qr" | "initials">): void {
  const qr = input.qr && !L.qrPlaced ? qrBlock(L, input.qr, L.width * 0.6) : null;
  const paraf = L.parafPlaced ? [] : parafLines(L, input, L.width);
  if (!qr && paraf.length === 0) return;
  const parafHeight = paraf.length * lineHeight(SMALL);
  const total = (qr ? qr.height + (paraf.length ? 8 : 0) : 0) + parafHeight;
  L.ensure(total + 6);
  // Anchored to the bottom of the last page, where a paraf column or a QR stamp would be.
  let y = PAGE.bottom - total;
  if (qr) {
    qr.draw(L.left, y);
    L.qrPlaced = true;
    y += qr.height + (paraf.length ? 8 : 0);
  }
  for (const line of paraf) {
    L.text(line, L.left, y, SMALL, { color: "#333333" });
    y += lineHeight(SMALL);
  }
  L.parafPlaced = true;
  L.y = PAGE.bottom;
}

// ---------------------------------------------------------------------------------------------
// The team

/** "Name" and, when known, "NIP. 19750831 200312 1 003" on the next line. */
export const personWithNip = (p: Person): string => (p.nip ? `${p.name}\nNIP. ${formatNip(p.nip)}` : p.name);

/** The same person: by NIP when both have one, else by name. */
export const samePerson = (a: Person, b: Person): boolean =>
  a.nip && b.nip ? formatNip(a.nip) === formatNip(b.nip) : a.name.trim() === b.name.trim();

const TABLE_TEXT: Style = { font: "Times-Roman", size: 11 };
const TABLE_HEADER: Style = { font: "Times-Bold", size: 11 };

/**
 * The team as a table: No., Nama / NIP, Jabatan and, on a record the team signs, "Tanda Tangan".
 * A signature record of a team member (the one who drew up the record) shows in that member's
 * "Tanda Tangan" cell. The table runs from `x` to the right margin; a column too narrow for its
 * longest word gives the widths over to `fitColumnWidths`, so that no word is cut.
 */
export function teamTable(
  L: Layout,
  team: Person[],
  opts: { signatureColumn?: boolean; signed?: { person: Person; signedAt: Date | null } | null; x?: number; after?: number } = {},
): void {
  const x = opts.x ?? L.left;
  const total = L.right - x;
  const signWidth = opts.signatureColumn ? 110 : 0;
  const rest = total - 30 - signWidth;
  const columns: TableColumn[] = [
    { header: "No.", width: 30, align: "center" },
    { header: "Nama / NIP", width: rest * 0.55 },
    { header: "Jabatan", width: rest * 0.45 },
    ...(opts.signatureColumn ? [{ header: "Tanda Tangan", width: signWidth, align: "center" as const }] : []),
  ];
  const signed = opts.signed;
  const rows = team.map((m, i) => [
    `${i + 1}.`,
    personWithNip(m),
    m.title,
    ...(opts.signatureColumn
      ? [signed?.signedAt && samePerson(m, signed.person) ? `Ditandatangani pada ${formatIndonesianDate(signed.signedAt, L.clock, true)}` : ""]
      : []),
  ]);
  const header = columns.map((c) => c.header);
  const longestWord = (text: string, style: Style): number =>
    Math.max(0, ...text.split(/\s+/).map((w) => L.measure(w, style)));
  const tooNarrow = columns.some(
    (col, c) =>
      longestWord(col.header, TABLE_HEADER) > col.width - 2 * TABLE_PAD ||
      rows.some((row) => longestWord(row[c] ?? "", TABLE_TEXT) > col.width - 2 * TABLE_PAD),
  );
  if (tooNarrow) {
    const widths = fitColumnWidths(header, rows, {
      total,
      measure: (text, style) => L.measure(text, style),
      style: TABLE_TEXT,
      headerStyle: TABLE_HEADER,
    });
    columns.forEach((col, c) => (col.width = widths[c] ?? col.width));
  }
  L.table(columns, rows, {
    x,
    ...(opts.signatureColumn ? { minRowHeight: team.map(() => 34) } : {}),
    ...(opts.after !== undefined ? { after: opts.after } : {}),
  });
}
