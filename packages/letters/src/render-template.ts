// A letter written by an administrator as a template, its texts already filled in, laid out by
// Tata Naskah Dinas in one of three layouts (DECREE, LETTER, FORM) from the blocks the hand-written
// letters use. It knows nothing of any permit type or office: every word it prints beyond the
// layout's own ("Nomor", "Berdasarkan:", "Ditetapkan di", "Tembusan:") comes from the input.

import {
  type AsideBlock,
  DINAS_INDENT,
  dateLine,
  drawBottomMatter,
  drawSignature,
  drawSuratDinasHead,
  drawTitle,
  numberText,
  signerOf,
  teamTable,
} from "./blocks";
import { formatIndonesianDate } from "./format";
import { BODY, type BlockLine, CM, Layout, type Style, createDocument, drawFooters, drawKop, lineHeight } from "./layout";
import type { TemplateLayout, TemplateLetterInput, TemplateList } from "./template-types";

const LAYOUTS: readonly TemplateLayout[] = ["DECREE", "LETTER", "FORM"];

/**
 * Renders a template letter as a PDF. Deterministic: the same input gives
 * byte-identical output (CreationDate/ModDate are `input.date`, the Producer is fixed), so a copy
 * can be proved genuine by its SHA-256.
 *
 * @throws RangeError when `date` is not a valid date; TypeError when `letterhead.clock` is missing
 *   or the layout is unknown.
 */
export async function renderTemplateLetter(input: TemplateLetterInput): Promise<Uint8Array> {
  if (!LAYOUTS.includes(input.layout)) throw new TypeError(`renderTemplateLetter: unknown layout ${String(input.layout)}`);
  if (!(input.date instanceof Date) || !Number.isFinite(input.date.getTime())) {
    throw new RangeError("renderTemplateLetter: invalid date");
  }
  if (!input.letterhead.clock) throw new TypeError("renderTemplateLetter: letterhead.clock (the office's zone) is missing");

  const { doc, bytes } = createDocument({
    title: `${input.title} — ${input.number ?? "DRAF"} — ${input.subjectName}`,
    author: input.letterhead.officeName,
    subject: `${input.permitTypeName} — ${input.registrationNumber}`,
    keywords: [input.layout, input.registrationNumber, input.number ?? "DRAF"].join(", "),
    date: input.date,
  });

  const L = new Layout(doc, input.draft, input.letterhead.clock);
  L.startPage(true);
  drawKop(L, input.letterhead);

  switch (input.layout) {
    case "DECREE":
      decree(L, input);
      break;
    case "LETTER":
      letter(L, input);
      break;
    case "FORM":
      form(L, input);
      break;
  }
  drawTembusan(L, input.tembusan);

  drawBottomMatter(L, input);
  drawFooters(L, `Nomor Registrasi ${input.registrationNumber}`);
  doc.end();
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// The three layouts

/** The text column of a layout: where paragraphs start, where lists and tables are indented. */
interface Column {
  /** Left edge of paragraphs. */
  x: number;
  /** Left edge of numbered lists. */
  listX: number;
  /** Left edge of the team table. */
  tableX: number;
  /** First-line indent of the closing paragraphs. */
  closingIndent: number;
}

/** A permit: centred title and number, "Berdasarkan:", the holder's table, "Ditetapkan di …", the pas foto. */
function decree(L: Layout, input: TemplateLetterInput): void {
  drawTitle(L, input.title, numberText(input));
  const column: Column = { x: L.left, listX: L.left + 14, tableX: L.left, closingIndent: 28 };
  legalBasis(L, input.legalBasis, column);
  paragraphs(L, input.body, column.x, 0);
  if (input.rows.length) L.fields(input.rows, { x: L.left + 14, labelWidth: 150, after: 8 });
  lists(L, input.lists, column);
  paragraphs(L, input.closing, column.x, column.closingIndent);

  const photo = input.photo ? photoBlock(L, input.photo.bytes) : null;
  const preamble: BlockLine[] = [
    { text: `Ditetapkan di ${input.letterhead.city}`, style: BODY },
    { text: `pada tanggal ${formatIndonesianDate(input.date, L.clock)}`, style: BODY, underline: true },
  ];
  if (input.signatory) {
    signature(L, input, preamble, photo);
  } else if (photo) {
    // No signature block: the pas foto alone, in the place it would stand beside one.
    L.gap(12);
    drawSignature(L, input, { preamble: [], person: null, aside: photo, asideTop: 0 });
  }
}

/** A Surat Dinas: date, Nomor / Sifat / Lampiran / Hal, "Yth." addressee, body indented to the value column. */
function letter(L: Layout, input: TemplateLetterInput): void {
  drawSuratDinasHead(L, input, { sifat: "Biasa", lampiran: "-", hal: input.title }, input.addressee);
  const x = L.left + DINAS_INDENT;
  const column: Column = { x, listX: x, tableX: x, closingIndent: 0 };
  legalBasis(L, input.legalBasis, column);
  paragraphs(L, input.body, x, 0);
  if (input.rows.length) {
    // Labels as wide as the longest one needs (within bounds), the values beside them.
    const widest = Math.max(...input.rows.map(([label]) => L.measure(label, BODY)));
    L.fields(input.rows, { x: x + 14, labelWidth: Math.min(150, Math.max(80, Math.ceil(widest) + 8)), after: 8 });
  }
  lists(L, input.lists, column);
  paragraphs(L, input.closing, x, column.closingIndent);
  if (input.signatory) signature(L, input, []);
}

/** A receipt, a disposition sheet, a record: centred title, a boxed table of facts, no addressee. */
function form(L: Layout, input: TemplateLetterInput): void {
  drawTitle(L, input.title, input.number ?? (input.draft ? numberText(input) : null));
  const column: Column = { x: L.left, listX: L.left, tableX: L.left, closingIndent: 0 };
  legalBasis(L, input.legalBasis, column);
  paragraphs(L, input.body, column.x, 0);
  if (input.rows.length) L.boxedFields(input.rows.map(([label, value]) => ({ label, value })), { after: 10 });
  lists(L, input.lists, column);
  paragraphs(L, input.closing, column.x, column.closingIndent);
  if (input.signatory) signature(L, input, [{ text: dateLine(input), style: BODY }]);
}

// ---------------------------------------------------------------------------------------------
// Pieces

/** Justified paragraphs (blank ones skipped). */
function paragraphs(L: Layout, texts: string[], x: number, firstIndent: number): void {
  for (const text of texts) {
    if (!text.trim()) continue;
    L.paragraph(text, { x, align: "justify", firstIndent, after: 6 });
  }
}

/** "Berdasarkan:" and the numbered legal basis, when there is any. */
function legalBasis(L: Layout, items: string[], column: Column): void {
  if (items.length === 0) return;
  L.ensure(lineHeight(BODY) * 3);
  L.paragraph("Berdasarkan:", { x: column.x, after: 2 });
  L.list(items, { x: column.listX, after: 6 });
}

/** A list's heading (skipped when empty), kept on the page of what follows it. */
function heading(L: Layout, text: string, x: number, following: number): void {
  if (!text.trim()) return;
  const lines = L.wrap(text, BODY, L.right - x);
  L.ensure(lines.length * lineHeight(BODY) + 2 + following);
  L.paragraph(text, { x, align: "justify", after: 2 });
}

function lists(L: Layout, all: TemplateList[], column: Column): void {
  const lh = lineHeight(BODY);
  for (const list of all) {
    if (list.kind === "ITEMS") {
      heading(L, list.heading, column.x, lh * 2);
      if (list.items.length === 0) L.paragraph("-", { x: column.listX, after: 6 });
      else L.list(list.items, { x: column.listX, after: 6 });
      continue;
    }
    // The table's header and first row (one of the team's names and NIP on two lines).
    heading(L, list.heading, column.x, 60);
    if (list.members.length === 0) {
      L.paragraph("-", { x: column.listX, after: 6 });
      continue;
    }
    const signed = list.signatureColumn && list.signed ? { person: list.signed, signedAt: list.signed.signedAt } : null;
    teamTable(L, list.members, { x: column.tableX, signatureColumn: list.signatureColumn, signed, after: 8 });
  }
}

/**
 * The signature block on the right: `preamble` (the date lines of the layout), the wording
 * ("a.n. Kepala Dinas") when given, the signer's title, room for the signature, name and NIP. On a
 * decree the pas foto stands to its left, the QR code left of the photo.
 */
function signature(L: Layout, input: TemplateLetterInput, preamble: BlockLine[], aside: AsideBlock | null = null): void {
  const signatory = input.signatory;
  if (!signatory) return;
  const width = L.width * 0.52;
  const wording = (signatory.wording ?? "").trim();
  const wordingLines: BlockLine[] = wording
    ? L.wrap(wording, BODY, width).map((text, i) => ({ text, style: BODY, ...(i === 0 && preamble.length ? { gapBefore: 2 } : {}) }))
    : [];
  const { person, signedAt } = signerOf(signatory.signature, signatory.person);
  L.gap(10);
  drawSignature(L, input, {
    preamble: [...preamble, ...wordingLines],
    person,
    signedAt,
    width,
    // The QR code stands level with the first line under the date lines; beside a pas foto both
    // stand level with the block's top, so that the three fit the block's height.
    asideTop: aside ? 0 : L.blockHeight(preamble),
    aside,
  });
}

/** The pas foto, 3 × 4 cm in a thin frame; without its bytes an empty frame labelled "Pas foto 3×4". */
function photoBlock(L: Layout, bytes: Uint8Array | null | undefined): AsideBlock {
  const width = 3 * CM;
  const height = 4 * CM;
  const label: Style = { font: "Times-Roman", size: 8 };
  return {
    width,
    height,
    draw(x, y) {
      let placed = false;
      if (bytes && bytes.byteLength > 0) {
        try {
          L.doc.image(Buffer.from(bytes), x, y, { fit: [width, height], align: "center", valign: "center" });
          placed = true;
        } catch {
          // Not an image PDFKit can read (PNG or JPEG): the empty frame stands in for it.
          placed = false;
        }
      }
      L.doc.save().lineWidth(0.5).rect(x, y, width, height).stroke("#404040").restore();
      if (!placed) L.text("Pas foto 3×4", x, y + (height - lineHeight(label)) / 2, label, { align: "center", width, color: "#555555" });
    },
  };
}

/** "Tembusan:" and the numbered list at the end (11 pt, at the left margin); nothing when empty. */
function drawTembusan(L: Layout, items: string[]): void {
  const list = items.filter((t) => t.trim());
  if (list.length === 0) return;
  const style: Style = { font: "Times-Roman", size: 11 };
  const lh = lineHeight(style);
  L.gap(8);
  // A short tembusan moves whole to the next page rather than leave an item behind; a long one
  // starts where its heading and two lines fit.
  const lines = 1 + list.reduce((n, item) => n + L.wrap(item, style, L.width - 18).length, 0) + 0.1;
  L.ensure(lh * (lines <= 8 ? lines : 3));
  L.paragraph("Tembusan:", { style, after: 1 });
  L.list(list, { style });
}
