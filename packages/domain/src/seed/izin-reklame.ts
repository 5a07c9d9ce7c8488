import type { PermitTypeDefinition } from "../permit-type/definition";
import { agendaBooks, DAY, HOUR, inspectionLetter, inspectionStep, intakeSteps, permitLetter, permitSteps, receiptLetter, recommendationRequestLetter, refusalSteps, rejectionLetter, seedFlow, step } from "./build";
import { doc, FIVE_MB, onlyWhen } from "./health";

/**
 * A non-health permit assessed by another agency, with its decision at a different point: the
 * technical team surveys the site, then the Kabid Pelayanan decides — approve, approve with
 * conditions (printed on the permit), or reject. Requirements vary with the board's size class.
 */
const flow = seedFlow(
  { code: "IZIN-REKLAME", title: "PENERBITAN IZIN PENYELENGGARAAN REKLAME", permitTypeName: "Izin Penyelenggaraan Reklame", documentNumber: "SOP/DPMPTSP/REKLAME/2026" },
  [
    ...intakeSteps("Verifikasi berkas dan penugasan Tim Teknis", 2 * HOUR),
    inspectionStep(5, "Survei lokasi dan konstruksi reklame", 1 * DAY),
    step(6, "Keputusan atas permohonan", "KABID_PELAYANAN", 2 * HOUR, "Keputusan", [
      { action: "APPROVE", to: { step: 7 } },
      { action: "APPROVE_WITH_CONDITIONS", to: { step: 7 }, requiresReasons: true },
      { action: "REJECT", to: { step: 11 }, requiresReasons: true },
    ]),
    ...permitSteps(7, [], false, 4 * HOUR),
    ...refusalSteps(11, "BACK_OFFICE", "KABID_PELAYANAN"),
  ],
  11,
);

const IMAGES = ["image/jpeg", "image/png", "application/pdf"];

export const IZIN_REKLAME: PermitTypeDefinition = {
  code: "IZIN-REKLAME", name: "Izin Penyelenggaraan Reklame", shortName: "Izin Reklame", registrationPrefix: "RK",
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
    doc("PERSETUJUAN_PEMILIK", "Persetujuan pemilik lahan/bangunan", "Surat persetujuan atau perjanjian sewa dengan pemilik.", onlyWhen("landRented", true)),
    doc("PERHITUNGAN_KONSTRUKSI", "Gambar konstruksi dan perhitungan struktur", "Ditandatangani ahli struktur; untuk reklame permanen besar.", {
      ...onlyWhen("boardClass", "BESAR"),
      maxBytes: 2 * FIVE_MB,
    }),
    doc("BUKTI_PAJAK", "Bukti pembayaran pajak reklame", "Surat setoran pajak daerah atas reklame ini."),
  ],
  flows: { NEW: flow },
  letters: [
    receiptLetter, recommendationRequestLetter, inspectionLetter, rejectionLetter({ role: "KABID_PELAYANAN", wording: "a.n. Kepala Dinas" }),
    // The conditions of an approval with conditions are the reasons given at the decision; no pas foto on a billboard permit.
    permitLetter(
      "IZIN PENYELENGGARAAN REKLAME",
      [
        ["Nama badan usaha", "{pemohon.namaUsaha}"],
        ["NIB", "{pemohon.nib}"],
        ["Penanggung jawab", "{pemohon.nama}"],
        ["Jenis reklame", "{formulir.boardClass}"],
        ["Naskah reklame", "{formulir.boardText}"],
        ["Ukuran (m)", "{formulir.boardWidth} × {formulir.boardHeight}"],
        ["Lokasi", "{formulir.boardLocation}"],
      ],
      ["Memberikan Izin Penyelenggaraan Reklame kepada:"],
      ["Kepala {instansi.nama}", "Kepala Badan Pendapatan Daerah", "Arsip"],
      { lists: ["REASONS"], photo: false },
    ),
  ],
  books: agendaBooks("Izin Reklame", "REK"),
  technicalAgency: "DINAS_PUPR",
};
