// The office's documents in the look of Tata Naskah Dinas: kop surat, number block or centred
// title, body, signature block on the right, paraf and QR at the bottom left, page numbers.

import {
  DAYS_ID,
  MONTHS_ID,
  formatCalendarDate,
  formatIndonesianDate,
  formatNip,
  formatShortDateTime,
  terbilang,
  wallParts,
} from "./format";
import {
  BODY,
  BOLD,
  type BlockLine,
  Layout,
  PAGE,
  SMALL,
  type Style,
  createDocument,
  drawFooters,
  drawKop,
  lineHeight,
  signatureLines,
} from "./layout";
import {
  LETTER_KINDS,
  LETTER_TITLES,
  type BeritaAcaraInput,
  type DisposisiInput,
  type IzinInput,
  type LetterClock,
  type LetterInput,
  type Letterhead,
  type PenolakanInput,
  type PermintaanRekomendasiInput,
  type Person,
  type RekomendasiInput,
  type ResiInput,
} from "./types";

export { PDF_PRODUCER } from "./layout";

/**
 * Renders one letter as a PDF. Deterministic: the same input gives byte-identical output
 * (CreationDate/ModDate come from `input.date`, the Producer is fixed and the file ID is derived
 * from the document info), so a copy can be proved genuine by its SHA-256.
 */
export async function renderLetter(input: LetterInput): Promise<Uint8Array> {
  if (!LETTER_KINDS.includes(input.kind)) throw new TypeError(`Unknown letter kind: ${String(input.kind)}`);
  if (!Number.isFinite(input.date.getTime())) throw new RangeError("renderLetter: invalid date");
  if (!input.letterhead.clock) throw new TypeError("renderLetter: letterhead.clock (the office's zone) is missing");

  const { doc, bytes } = createDocument({
    title: documentTitle(input),
    author: input.letterhead.officeName,
    subject: `${input.permitTypeName} — ${input.registrationNumber}`,
    keywords: [input.kind, input.registrationNumber, input.number ?? "DRAF"].join(", "),
    date: input.date,
  });

  const L = new Layout(doc, input.draft, input.letterhead.clock);
  L.startPage(true);
  drawKop(L, input.letterhead);

  switch (input.kind) {
    case "RESI_PENERIMAAN":
      resi(L, input);
      break;
    case "LEMBAR_DISPOSISI":
      disposisi(L, input);
      break;
    case "SURAT_PERMINTAAN_REKOMENDASI":
      permintaanRekomendasi(L, input);
      break;
    case "BERITA_ACARA":
      beritaAcara(L, input);
      break;
    case "REKOMENDASI":
      rekomendasi(L, input);
      break;
    case "SURAT_PENOLAKAN":
      penolakan(L, input);
      break;
    case "SURAT_IZIN":
      izin(L, input);
      break;
  }

  drawBottomMatter(L, input);
  drawFooters(L, `Nomor Registrasi ${input.registrationNumber}`);
  doc.end();
  return bytes;
}

function documentTitle(input: LetterInput): string {
  const title = LETTER_TITLES[input.kind];
  return `${title} — ${input.number ?? "DRAF"} — ${input.applicant.name}`;
}

/** "DRAF — belum bernomor" until the letter has its number. */
export function numberText(input: Pick<LetterInput, "number" | "draft">): string {
  if (input.number) return input.number;
  return input.draft ? "DRAF — belum bernomor" : "belum bernomor";
}

// ---------------------------------------------------------------------------------------------
// Kop surat, title, number block, signature

function drawTitle(L: Layout, title: string, number: string | null): void {
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

/** "Dinas … Ketenagakerjaan Kabupaten Dairi": the office name followed by its region. */
function officeWithRegion(head: Letterhead): string {
  const region = head.governmentName
    .trim()
    .replace(/^pemerintah\s+/i, "")
    .toLowerCase()
    .replace(/(^|\s)\S/g, (c) => c.toUpperCase());
  return region && !head.officeName.toLowerCase().includes(region.toLowerCase()) ? `${head.officeName} ${region}` : head.officeName;
}

const dateLine = (input: LetterInput): string => `${input.letterhead.city}, ${formatIndonesianDate(input.date, input.letterhead.clock)}`;

/** The body of a Surat Dinas is indented to the value column of the Nomor/Hal block. */
const DINAS_LABEL = 62;
const DINAS_INDENT = DINAS_LABEL + 12;

function drawSuratDinasHead(
  L: Layout,
  input: LetterInput,
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
  const [first, ...rest] = addressee;
  const yth = "Yth. ";
  const ythWidth = L.measure(yth, BODY);
  L.text(yth, L.left, L.y, BODY);
  L.paragraph(first ?? "", { x: L.left + ythWidth, width: L.width * 0.6 });
  for (const line of rest) L.paragraph(line, { x: L.left + ythWidth, width: L.width * 0.6 });
  L.gap(10);
}

interface SignatureOptions {
  preamble: BlockLine[];
  /** Default: the signature record, else the signatory. */
  person?: Person | null;
  signedAt?: Date | null;
  x?: number;
  width?: number;
}

function signerOf(input: LetterInput): { person: Person | null; signedAt: Date | null } {
  if (input.signature) return { person: input.signature, signedAt: input.signature.signedAt };
  return { person: input.signatory ?? null, signedAt: null };
}

const QR_SIZE = 72;
const QR_CAPTION: Style = { font: "Times-Roman", size: 8.5 };
const QR_URL: Style = { font: "Times-Italic", size: 7.5 };

interface QrBlock {
  height: number;
  draw(x: number, y: number): void;
}

/** The QR code with its caption and URL printed small to its right. */
function qrBlock(L: Layout, qr: { url: string; caption: string }, width: number): QrBlock {
  const textWidth = width - QR_SIZE - 8;
  const captionLines = L.wrap(qr.caption, QR_CAPTION, textWidth);
  const urlLines = L.wrap(qr.url, QR_URL, textWidth);
  const textHeight = captionLines.length * lineHeight(QR_CAPTION) + 2 + urlLines.length * lineHeight(QR_URL);
  return {
    height: Math.max(QR_SIZE, textHeight),
    draw(x, y) {
      L.qr(qr.url, x, y, QR_SIZE);
      let ty = y + Math.max(0, (QR_SIZE - textHeight) / 2);
      for (const line of captionLines) {
        L.text(line, x + QR_SIZE + 8, ty, QR_CAPTION);
        ty += lineHeight(QR_CAPTION);
      }
      ty += 2;
      for (const line of urlLines) {
        L.text(line, x + QR_SIZE + 8, ty, QR_URL);
        ty += lineHeight(QR_URL);
      }
    },
  };
}

/**
 * The signature block in the right half, kept on one page. The left half beside it holds the
 * letter's QR code (level with the signatory's title) and, at its foot, the paraf line.
 */
function drawSignature(L: Layout, input: LetterInput, opts: SignatureOptions): void {
  const width = opts.width ?? L.width * 0.52;
  const x = opts.x ?? L.right - width;
  const leftWidth = x - L.left - 12;
  const lines = signatureLines(L, opts, width);
  const preambleHeight = L.blockHeight(opts.preamble);
  const qr = input.qr && !L.qrPlaced ? qrBlock(L, input.qr, leftWidth) : null;
  const paraf = L.parafPlaced ? [] : parafLines(L, input, leftWidth);
  const parafHeight = paraf.length * lineHeight(SMALL);
  const leftHeight = (qr ? preambleHeight + 4 + qr.height : 0) + (paraf.length ? (qr ? 10 : 0) + parafHeight : 0);
  const height = Math.max(L.blockHeight(lines), leftHeight);
  L.ensure(height);
  if (qr) {
    qr.draw(L.left, L.y + preambleHeight + 4);
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

function parafLines(L: Layout, input: LetterInput, width: number): string[] {
  const initials = input.initials ?? [];
  if (initials.length === 0) return [];
  const text = `Paraf: ${initials.map((i) => `${i.title} (${i.name}, ${formatShortDateTime(i.at, L.clock)})`).join(" · ")}`;
  return L.wrap(text, SMALL, width);
}

function defaultSignature(input: LetterInput, preamble: BlockLine[]): SignatureOptions {
  const { person, signedAt } = signerOf(input);
  return { preamble, person, signedAt };
}

// ---------------------------------------------------------------------------------------------
// Bottom matter (paraf; the QR code when no signature block took it) and footers

function drawBottomMatter(L: Layout, input: LetterInput): void {
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
// The letters

function applicantRows(input: LetterInput): Array<[string, string]> {
  const a = input.applicant;
  const rows: Array<[string, string]> = [
    ["Nama Pemohon", a.name],
    ["NIK", a.nik],
  ];
  if (a.address) rows.push(["Alamat", a.address]);
  return rows;
}

function resi(L: Layout, input: ResiInput): void {
  // A counter form: set a point smaller than a letter so that it stays on one page.
  const style: Style = { font: "Times-Roman", size: 11 };
  drawTitle(L, LETTER_TITLES.RESI_PENERIMAAN, numberText(input));
  L.paragraph(`Telah diterima berkas permohonan ${input.permitTypeName} dengan keterangan sebagai berikut:`, {
    style,
    align: "justify",
    after: 3,
  });
  const a = input.applicant;
  const contact = [a.phone, a.email].filter(Boolean).join(" / ");
  L.fields(
    [
      ["Nomor Registrasi", input.registrationNumber],
      ["Jenis Izin", input.permitTypeName],
      ...applicantRows(input),
      ...(contact ? ([["Telepon / Pos-el", contact]] as Array<[string, string]>) : []),
      ["Waktu Penerimaan", formatIndonesianDate(input.submittedAt, L.clock, true)],
    ],
    { style, labelWidth: 130, after: 6 },
  );
  L.ensure(lineHeight(style) * 4);
  L.paragraph("Dokumen persyaratan yang diterima:", { style, after: 3 });
  L.table(
    [
      { header: "No.", width: 32, align: "center" },
      { header: "Nama Dokumen", width: L.width - 32 - 72 },
      { header: "Keterangan", width: 72, align: "center" },
    ],
    input.documents.map((d, i) => [`${i + 1}.`, d, { check: "Ada" }]),
    { after: 8 },
  );
  const standard = input.serviceStandard
    ? ` dengan jangka waktu penyelesaian paling lama ${input.serviceStandard} sejak berkas dinyatakan lengkap`
    : "";
  const track = input.qr
    ? `Perkembangan permohonan dapat dipantau dengan memindai kode QR pada tanda terima ini atau membuka alamat yang tertera di sampingnya, dengan Nomor Registrasi ${input.registrationNumber}.`
    : `Perkembangan permohonan dapat ditanyakan di loket pelayanan${input.letterhead.website ? ` atau melalui laman ${input.letterhead.website}` : ""} dengan menyebutkan Nomor Registrasi ${input.registrationNumber}.`;
  L.ensure(lineHeight(style) * 3);
  L.paragraph("Catatan:", { style: { font: "Times-Bold", size: 11 } });
  L.list(
    [
      `Berkas permohonan telah diterima dan akan diproses sesuai dengan Standar Pelayanan ${input.permitTypeName} pada ${officeWithRegion(input.letterhead)}${standard}.`,
      track,
      "Tanda terima ini harap disimpan dan ditunjukkan pada saat pengambilan surat izin.",
      "Tanda terima ini bukan merupakan surat izin.",
    ],
    { style, after: 10 },
  );
  // The officer who received the file signs; the tracking QR code stands beside.
  const { person: signer, signedAt } = signerOf(input);
  drawSignature(L, input, {
    preamble: [{ text: dateLine(input), style: BODY }],
    person: signer ?? input.receivedBy,
    signedAt,
  });
}

function disposisi(L: Layout, input: DisposisiInput): void {
  drawTitle(L, LETTER_TITLES.LEMBAR_DISPOSISI, null);
  L.boxedFields(
    [
      { label: "Nomor Agenda", value: numberText(input) },
      { label: "Tanggal", value: formatIndonesianDate(input.date, L.clock, true) },
      { label: "Nomor Registrasi", value: input.registrationNumber },
      { label: "Jenis Izin", value: input.permitTypeName },
      { label: "Pemohon", value: `${input.applicant.name} (NIK ${input.applicant.nik})` },
      { label: "Dari", value: input.from },
      { label: "Diteruskan kepada", value: input.to },
      { label: "Isi Disposisi", value: input.instruction, minHeight: 150 },
    ],
    { after: 18 },
  );
  drawSignature(L, input, defaultSignature(input, [{ text: dateLine(input), style: BODY }]));
}

function permintaanRekomendasi(L: Layout, input: PermintaanRekomendasiInput): void {
  drawSuratDinasHead(
    L,
    input,
    { sifat: "Biasa", lampiran: "1 (satu) berkas", hal: LETTER_TITLES.SURAT_PERMINTAAN_REKOMENDASI },
    [input.addressee.replace(/^Yth\.?\s*/i, ""), `di ${input.letterhead.city}`],
  );
  const x = L.left + DINAS_INDENT;
  const p = { x, align: "justify" as const, after: 6 };
  L.paragraph(
    `Sehubungan dengan permohonan ${input.permitTypeName} yang telah diterima oleh ${officeWithRegion(input.letterhead)} dengan Nomor Registrasi ${input.registrationNumber}, atas nama:`,
    p,
  );
  L.fields(
    [
      ["Nama", input.applicant.name],
      ["NIK", input.applicant.nik],
      ["Tempat bekerja", input.facilityName],
    ],
    { x: x + 14, labelWidth: 100, after: 6 },
  );
  L.paragraph(
    `bersama ini kami mohon kesediaan Saudara untuk menugaskan Tim Teknis melakukan verifikasi teknis dan peninjauan lapangan ke ${input.facilityName}, serta menyampaikan rekomendasi teknis sebagai bahan pertimbangan penerbitan izin. Adapun susunan Tim Teknis adalah sebagai berikut:`,
    p,
  );
  L.table(
    [
      { header: "No.", width: 30, align: "center" },
      { header: "Nama / NIP", width: (L.right - x - 30) * 0.55 },
      { header: "Jabatan", width: (L.right - x - 30) * 0.45 },
    ],
    input.teamMembers.map((m, i) => [`${i + 1}.`, personWithNip(m), m.title]),
    { x, after: 8 },
  );
  L.paragraph(
    "Hasil peninjauan lapangan agar dituangkan dalam Berita Acara Peninjauan Lapangan dan rekomendasi Tim Teknis disampaikan kepada kami sesuai dengan standar waktu pelayanan.",
    p,
  );
  L.paragraph("Demikian kami sampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.", { ...p, after: 16 });
  drawSignature(L, input, defaultSignature(input, []));
}

const personWithNip = (p: Person): string => (p.nip ? `${p.name}\nNIP. ${formatNip(p.nip)}` : p.name);

/** "Senin tanggal dua puluh sembilan bulan November tahun dua ribu dua puluh enam (29-11-2026)" */
function spelledDate(d: Date, clock: LetterClock): string {
  const p = wallParts(d, clock);
  const dd = String(p.day).padStart(2, "0");
  const mm = String(p.month).padStart(2, "0");
  return `${DAYS_ID[p.weekday]} tanggal ${terbilang(p.day)} bulan ${MONTHS_ID[p.month - 1]} tahun ${terbilang(p.year)} (${dd}-${mm}-${p.year})`;
}

const samePerson = (a: Person, b: Person): boolean =>
  a.nip && b.nip ? formatNip(a.nip) === formatNip(b.nip) : a.name.trim() === b.name.trim();

/**
 * The team signs in the table. A signature record of a team member (the one who drew up the
 * record) shows in that member's "Tanda Tangan" cell.
 */
function teamTable(L: Layout, team: Person[], signed: { person: Person; signedAt: Date | null } | null): void {
  const signWidth = 110;
  const rest = L.width - 30 - signWidth;
  L.table(
    [
      { header: "No.", width: 30, align: "center" },
      { header: "Nama / NIP", width: rest * 0.55 },
      { header: "Jabatan", width: rest * 0.45 },
      { header: "Tanda Tangan", width: signWidth, align: "center" },
    ],
    team.map((m, i) => [
      `${i + 1}.`,
      personWithNip(m),
      m.title,
      signed?.signedAt && samePerson(m, signed.person) ? `Ditandatangani pada ${formatIndonesianDate(signed.signedAt, L.clock, true)}` : "",
    ]),
    { minRowHeight: team.map(() => 34), after: 8 },
  );
}

/**
 * Below the team's table: a signatory from outside the team (e.g. the Kepala Dinas) signs under
 * "Mengetahui,"; a team member's signature is already in the table.
 */
function teamSignatureAndBlock(L: Layout, input: BeritaAcaraInput | RekomendasiInput): void {
  const signer = signerOf(input);
  const inTeam = signer.person !== null && input.team.some((m) => samePerson(m, signer.person!));
  teamTable(L, input.team, inTeam ? { person: signer.person!, signedAt: signer.signedAt } : null);
  if (signer.person && !inTeam) drawSignature(L, input, defaultSignature(input, [{ text: "Mengetahui,", style: BODY }]));
}

function beritaAcara(L: Layout, input: BeritaAcaraInput): void {
  drawTitle(L, LETTER_TITLES.BERITA_ACARA, numberText(input));
  L.paragraph(
    `Pada hari ini ${spelledDate(input.inspectionDate, L.clock)}, kami yang bertanda tangan di bawah ini, Tim Teknis ${input.permitTypeName}, telah melakukan peninjauan lapangan terhadap permohonan dengan data sebagai berikut:`,
    { align: "justify", firstIndent: 28, after: 4 },
  );
  L.fields(
    [
      ["Nomor Registrasi", input.registrationNumber],
      ["Jenis Izin", input.permitTypeName],
      ...applicantRows(input),
      ["Lokasi peninjauan", input.place],
      ["Waktu peninjauan", formatIndonesianDate(input.inspectionDate, L.clock, true)],
    ],
    { x: L.left + 28, labelWidth: 130, after: 8 },
  );
  L.ensure(lineHeight(BODY) * 3);
  L.paragraph("Hasil peninjauan lapangan:", { style: BOLD, after: 2 });
  L.paragraph(input.findings, { x: L.left + 28, align: "justify", after: 8 });
  L.paragraph("Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.", {
    align: "justify",
    firstIndent: 28,
    after: 10,
  });
  L.ensure(lineHeight(BODY) * 2 + 90);
  L.text(dateLine(input), L.left, L.y, BODY, { align: "right", width: L.width });
  L.y += lineHeight(BODY) + 4;
  L.paragraph("Tim Teknis:", { style: BOLD, after: 4 });
  teamSignatureAndBlock(L, input);
}

function rekomendasi(L: Layout, input: RekomendasiInput): void {
  drawTitle(L, LETTER_TITLES.REKOMENDASI, numberText(input));
  L.paragraph(
    `Berdasarkan hasil verifikasi berkas dan peninjauan lapangan terhadap permohonan ${input.permitTypeName} dengan data sebagai berikut:`,
    { align: "justify", firstIndent: 28, after: 4 },
  );
  L.fields(
    [["Nomor Registrasi", input.registrationNumber], ["Jenis Izin", input.permitTypeName], ...applicantRows(input)],
    { x: L.left + 28, labelWidth: 130, after: 8 },
  );
  L.ensure(lineHeight(BODY) * 3);
  L.paragraph("Hasil penilaian:", { style: BOLD, after: 2 });
  L.paragraph(input.assessment, { x: L.left + 28, align: "justify", after: 8 });
  const approve = input.decision === "APPROVE";
  L.paragraph(
    approve
      ? `Tim Teknis merekomendasikan agar permohonan tersebut DAPAT DISETUJUI dan diterbitkan ${input.permitTypeName}${input.reasons.length ? " dengan pertimbangan sebagai berikut:" : "."}`
      : "Tim Teknis merekomendasikan agar permohonan tersebut TIDAK DAPAT DISETUJUI dengan alasan sebagai berikut:",
    { align: "justify", firstIndent: 28, after: 4 },
  );
  if (input.reasons.length) L.list(input.reasons, { x: L.left + 28, after: 8 });
  L.paragraph("Demikian rekomendasi ini disampaikan untuk dapat dipergunakan sebagaimana mestinya.", {
    align: "justify",
    firstIndent: 28,
    after: 10,
  });
  L.ensure(lineHeight(BODY) * 2 + 90);
  L.text(dateLine(input), L.left, L.y, BODY, { align: "right", width: L.width });
  L.y += lineHeight(BODY) + 4;
  L.paragraph("Tim Teknis:", { style: BOLD, after: 4 });
  teamSignatureAndBlock(L, input);
}

function penolakan(L: Layout, input: PenolakanInput): void {
  const a = input.applicant;
  drawSuratDinasHead(L, input, { sifat: "Biasa", lampiran: "-", hal: LETTER_TITLES.SURAT_PENOLAKAN }, [
    `Sdr. ${a.name}`,
    ...(a.address ? [a.address] : []),
    "di Tempat",
  ]);
  const x = L.left + DINAS_INDENT;
  const p = { x, align: "justify" as const, after: 6 };
  L.paragraph(
    `Memperhatikan permohonan ${input.permitTypeName} yang Saudara ajukan dengan Nomor Registrasi ${input.registrationNumber} atas nama ${a.name} (NIK ${a.nik}), dan berdasarkan hasil verifikasi berkas serta rekomendasi Tim Teknis, dengan ini kami sampaikan bahwa permohonan Saudara tidak dapat disetujui dengan alasan sebagai berikut:`,
    p,
  );
  L.list(input.reasons, { x, after: 6 });
  if (input.legalBasis.length) {
    L.paragraph("Penolakan ini didasarkan pada ketentuan:", { ...p, after: 2 });
    L.list(input.legalBasis, { x, marker: (i) => `${String.fromCharCode(97 + (i % 26))}.`, after: 6 });
  }
  L.paragraph(
    `Saudara dapat mengajukan permohonan kembali setelah seluruh persyaratan dipenuhi sesuai dengan ketentuan peraturan perundang-undangan. Informasi lebih lanjut dapat diperoleh di loket pelayanan ${officeWithRegion(input.letterhead)}${input.letterhead.website ? ` atau melalui laman ${input.letterhead.website}` : ""}.`,
    p,
  );
  L.paragraph("Demikian kami sampaikan untuk dapat dimaklumi.", { ...p, after: 16 });
  drawSignature(L, input, defaultSignature(input, []));
}

/**
 * `validUntilText` is either the phrase that completes "Surat Izin Kerja ini berlaku …"
 * ("sampai dengan tanggal 12 Juni 2031") or a whole sentence of its own (starts with a capital,
 * ends with a full stop), printed as given.
 */
export function validitySentence(validUntilText: string): string {
  const v = validUntilText.trim().replace(/\s+/g, " ");
  if (/^\p{Lu}/u.test(v) && /[.!]$/.test(v)) return v;
  const phrase = v.replace(/[.,;]+$/, "");
  return `Surat Izin Kerja ini berlaku ${phrase ? `${phrase} ` : ""}selama STR masih berlaku dan yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut di atas.`;
}

function izin(L: Layout, input: IzinInput): void {
  drawTitle(L, LETTER_TITLES.SURAT_IZIN, numberText(input));
  const a = input.applicant;
  if (input.legalBasis.length) {
    L.paragraph("Berdasarkan:", { after: 2 });
    L.list(input.legalBasis, { x: L.left + 14, after: 6 });
    L.paragraph(
      `dan memperhatikan hasil verifikasi serta rekomendasi Tim Teknis, dengan ini memberikan ${input.permitTypeName} kepada:`,
      { align: "justify", after: 6 },
    );
  } else {
    L.paragraph(
      `Berdasarkan ketentuan peraturan perundang-undangan yang berlaku dan memperhatikan hasil verifikasi serta rekomendasi Tim Teknis, dengan ini memberikan ${input.permitTypeName} kepada:`,
      { align: "justify", after: 6 },
    );
  }
  const birth = [a.birthPlace, a.birthDate ? formatCalendarDate(a.birthDate) : null].filter(Boolean).join(", ");
  L.fields(
    [
      ["Nama", a.name],
      ["NIK", a.nik],
      ["Tempat, tanggal lahir", birth || "-"],
      ["Alamat", a.address ?? "-"],
      ["Nomor STR", input.strNumber],
      ["Masa berlaku STR", input.strValidUntil ? `s.d. ${formatCalendarDate(input.strValidUntil)}` : "Berlaku seumur hidup"],
      ["Tempat bekerja", input.facilityName],
      ["Alamat tempat bekerja", input.facilityAddress],
    ],
    { x: L.left + 14, labelWidth: 150, after: 8 },
  );
  const p = { align: "justify" as const, firstIndent: 28, after: 4 };
  L.paragraph(validitySentence(input.validUntilText), p);
  L.paragraph(
    "Pemegang izin wajib melaksanakan praktik sesuai dengan standar profesi, standar pelayanan dan standar prosedur operasional. Surat izin ini dapat dicabut apabila pemegang izin melanggar ketentuan peraturan perundang-undangan.",
    p,
  );
  L.paragraph(
    "Apabila di kemudian hari terdapat kekeliruan dalam surat izin ini, akan diadakan perbaikan sebagaimana mestinya.",
    { ...p, after: 16 },
  );
  const date = formatIndonesianDate(input.date, L.clock);
  const width = L.width * 0.52;
  const preamble: BlockLine[] = [
    { text: `Ditetapkan di ${input.letterhead.city}`, style: BODY },
    { text: `pada tanggal ${date}`, style: BODY, underline: true },
  ];
  drawSignature(L, input, { ...defaultSignature(input, preamble), width });
}
