import type { PermitTypeDefinition } from "../permit-type/definition";
import type { SopDefinition } from "../sop/types";
import { DAY, HOUR, inspectionFields, inspectionLetter, intakeSteps, next, OUTGOING_LETTER_BOOK, permitLetter, permitSteps, receiptLetter, recommendationRequestLetter, refusalSteps, rejectionLetter, step } from "./build";
import { doc, FIVE_MB } from "./health";

/**
 * A non-health permit assessed by another agency, with its decision at a different point: the
 * technical team surveys the site, then the Kabid Pelayanan decides — approve, approve with
 * conditions (printed on the permit), or reject. Requirements vary with the board's size class.
 */
const flow: SopDefinition = {
  code: "IZIN-REKLAME",
  version: 1,
  title: "PENERBITAN IZIN PENYELENGGARAAN REKLAME",
  permitTypeName: "Izin Penyelenggaraan Reklame",
  documentNumber: "SOP/DPMPTSP/REKLAME/2026",
  legalBasis: ["Permendagri No. 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota"],
  steps: [
    ...intakeSteps("Verifikasi berkas dan penugasan Tim Teknis", 2 * HOUR),
    step(5, "Survei lokasi dan konstruksi reklame", "TIM_TEKNIS", 1 * DAY, "Berita Acara", next(6), { produces: "BERITA_ACARA" }, { fields: inspectionFields }),
    step(6, "Keputusan atas permohonan", "KABID_PELAYANAN", 2 * HOUR, "Keputusan", [
      { action: "APPROVE", to: { step: 7 } },
      { action: "APPROVE_WITH_CONDITIONS", to: { step: 7 }, requiresReasons: true },
      { action: "REJECT", to: { step: 11 }, requiresReasons: true },
    ]),
    ...permitSteps(7, [], false, 4 * HOUR),
    ...refusalSteps(11, "BACK_OFFICE", "KABID_PELAYANAN"),
  ],
  resubmit: { role: "PEMOHON" },
  withdraw: { role: "PEMOHON", allowedStatuses: ["IN_PROGRESS", "RETURNED"], requiresReasons: true, blockedAfterMarker: "signs", blockedOnPathOf: 11 },
  revoke: { role: "KADIS", fromStatus: "ISSUED", requiresReasons: true },
};

const IMAGES = ["image/jpeg", "image/png", "application/pdf"];

export const IZIN_REKLAME: PermitTypeDefinition = {
  code: "IZIN-REKLAME",
  name: "Izin Penyelenggaraan Reklame",
  shortName: "Izin Reklame",
  registrationPrefix: "RK",
  description: "Izin untuk memasang dan menyelenggarakan reklame (papan, billboard, neonbox, videotron, spanduk) di wilayah kabupaten.",
  legalBasis: [
    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
    "Peraturan Daerah tentang Pajak Daerah dan Retribusi Daerah (diisi kantor)",
  ],
  feeRupiah: 0,
  applicant: "BUSINESS",
  activePermitLimit: null,
  // The term of a reklame permit is set by local regulation (unconfirmed in the reference): one year here, editable.
  validity: { kind: "YEARS_FROM_ISSUE", years: 1 },
  form: [
    {
      code: "boardClass",
      kind: "SELECT",
      label: "Jenis dan ukuran reklame",
      required: true,
      options: [
        { value: "KECIL", label: "Permanen kecil (sampai 2 m²)" },
        { value: "SEDANG", label: "Permanen sedang (2–24 m²)" },
        { value: "BESAR", label: "Permanen besar (lebih dari 24 m²)" },
        { value: "NON_PERMANEN", label: "Tidak permanen (spanduk, umbul-umbul)" },
      ],
    },
    { code: "boardText", kind: "LONG_TEXT", label: "Naskah/isi reklame", required: true, rules: { maxLength: 500 } },
    { code: "boardWidth", kind: "NUMBER", label: "Lebar bidang reklame (meter)", required: true, rules: { min: 0.1, max: 50 } },
    { code: "boardHeight", kind: "NUMBER", label: "Tinggi bidang reklame (meter)", required: true, rules: { min: 0.1, max: 50 } },
    { code: "boardLocation", kind: "ADDRESS", label: "Lokasi pemasangan", required: true },
    { code: "landRented", kind: "YES_NO", label: "Reklame dipasang di lahan/bangunan milik pihak lain", required: false },
    { code: "landOwner", kind: "TEXT", label: "Nama pemilik lahan/bangunan", required: false, showIf: { field: "landRented", equals: true }, requireIf: { field: "landRented", equals: true } },
  ],
  requirements: [
    doc("SURAT_PERMOHONAN", "Surat permohonan di atas meterai", "Ditandatangani penanggung jawab badan usaha."),
    doc("KTP", "KTP-el penanggung jawab", "Kartu Tanda Penduduk elektronik penanggung jawab."),
    doc("NIB", "NIB / akta pendirian badan usaha", "Nomor Induk Berusaha dari OSS atau akta pendirian."),
    doc("FOTO_LOKASI", "Foto lokasi dari tiga arah", "Foto terbaru lokasi pemasangan dari jarak ±10 m.", { mimeTypes: IMAGES }),
    doc("GAMBAR_REKLAME", "Gambar/desain isi reklame", "Desain naskah dan tampilan reklame.", { mimeTypes: IMAGES }),
    doc("PERSETUJUAN_PEMILIK", "Persetujuan pemilik lahan/bangunan", "Surat persetujuan atau perjanjian sewa dengan pemilik.", {
      required: false,
      requiredIf: { field: "landRented", equals: true },
    }),
    doc("PERHITUNGAN_KONSTRUKSI", "Gambar konstruksi dan perhitungan struktur", "Ditandatangani ahli struktur; untuk reklame permanen besar.", {
      required: false,
      requiredIf: { field: "boardClass", equals: "BESAR" },
      maxBytes: 2 * FIVE_MB,
    }),
    doc("BUKTI_PAJAK", "Bukti pembayaran pajak reklame", "Surat setoran pajak daerah atas reklame ini."),
  ],
  flows: { NEW: flow },
  letters: [
    receiptLetter,
    recommendationRequestLetter,
    inspectionLetter,
    rejectionLetter({ role: "KABID_PELAYANAN", wording: "a.n. Kepala Dinas" }),
    {
      ...permitLetter(
        "IZIN PENYELENGGARAAN REKLAME",
        [
          { label: "Nama badan usaha", value: "{pemohon.namaUsaha}" },
          { label: "NIB", value: "{pemohon.nib}" },
          { label: "Penanggung jawab", value: "{pemohon.nama}" },
          { label: "Jenis reklame", value: "{formulir.boardClass}" },
          { label: "Naskah reklame", value: "{formulir.boardText}" },
          { label: "Ukuran (m)", value: "{formulir.boardWidth} × {formulir.boardHeight}" },
          { label: "Lokasi", value: "{formulir.boardLocation}" },
        ],
        ["Memberikan Izin Penyelenggaraan Reklame kepada:"],
        ["Kepala {instansi.nama}", "Kepala Badan Pendapatan Daerah", "Arsip"],
      ),
      lists: ["REASONS"],
      photo: false,
    },
  ],
  books: [
    { code: "PERMIT", name: "Buku Agenda Penomoran Izin Reklame", format: "503/{seq}/REK/DPMPTSP/{year}", scope: "PERMIT_TYPE" },
    OUTGOING_LETTER_BOOK,
  ],
  technicalAgency: "DINAS_PUPR",
};
