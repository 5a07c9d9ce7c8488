import type { PermitTypeDefinition } from "../permit-type/definition";
import type { SopDefinition } from "../sop/types";
import {
  assessmentFields,
  DAY,
  HOUR,
  next,
  permitLetter,
  receipt,
  receiptLetter,
  recommendationLetter,
  recommendationRequestLetter,
  rejectionLetter,
  returnTo,
  step,
  submission,
} from "./build";
import { doc, HEALTH_PERMIT_VALIDITY, photo, strFields } from "./health";

/** The shorter health flow: no field inspection; the team recommends on the documents. */
const flow: SopDefinition = {
  code: "SIP-PERAWAT",
  version: 1,
  title: "PENERBITAN SURAT IZIN PRAKTIK PERAWAT (SIPP)",
  permitTypeName: "Surat Izin Praktik Perawat",
  documentNumber: "SOP/DPMPTSP/SIPP/2026",
  legalBasis: ["Permendagri No. 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota"],
  steps: [
    submission(2),
    step(2, "Menerima dan memeriksa kelengkapan berkas", "FRONT_OFFICE", 2 * HOUR, "Klarifikasi Berkas", [...next(3), returnTo(2)]),
    step(3, "Memberikan Resi Penerimaan Berkas", "FRONT_OFFICE", 30, "Resi Penerimaan", next(4), { produces: "RESI_PENERIMAAN" }),
    step(4, "Verifikasi berkas dan penugasan Tim Teknis", "BACK_OFFICE", 3 * HOUR, "Surat Permintaan Rekomendasi", [...next(5), returnTo(2)], {
      assignsTeam: "TIM_TEKNIS",
      produces: "SURAT_PERMINTAAN_REKOMENDASI",
    }),
    step(
      5,
      "Penilaian berkas dan rekomendasi",
      "TIM_TEKNIS",
      1 * DAY,
      "Rekomendasi",
      [
        { action: "APPROVE", to: { step: 6 } },
        { action: "REJECT", to: { step: 11 }, requiresReasons: true },
      ],
      { produces: "REKOMENDASI" },
      { fields: assessmentFields },
    ),
    step(6, "Mencetak draf izin dan paraf", "BACK_OFFICE", 1 * HOUR, "Draf Surat Izin", next(7), { signatureChain: "IZIN", produces: "SURAT_IZIN", letterChain: "IZIN" }),
    step(7, "Penandatanganan Surat Izin", "KADIS", 1 * DAY, "Surat Izin", next(8), { signs: true, signatureChain: "IZIN" }),
    step(8, "Memberikan Nomor Izin", "KASUBBAG_UMUM", 1 * HOUR, "Surat Izin Bernomor", next(9), { numbers: "PERMIT", produces: "SURAT_IZIN", letterChain: "IZIN" }),
    step(9, "Menyampaikan Surat Izin ke Pemohon", "FRONT_OFFICE", 30, "Surat Izin Bernomor", next(10)),
    step(10, "Surat Izin diterima Pemohon", "PEMOHON", 30, "Surat Izin Diterima", receipt("ISSUED"), { receipt: true, applicantStep: true }),
    step(11, "Pembuatan Surat Penolakan", "BACK_OFFICE", 2 * HOUR, "Draf Surat Penolakan", next(12), { produces: "SURAT_PENOLAKAN", letterChain: "PENOLAKAN" }),
    step(12, "Penandatanganan Surat Penolakan", "KABID_PELAYANAN", 2 * HOUR, "Surat Penolakan", next(13), { signatureChain: "PENOLAKAN" }),
    step(13, "Penomoran Surat Keluar", "KASUBBAG_UMUM", 1 * HOUR, "Surat Penolakan Bernomor", next(14), { numbers: "OUTGOING_LETTER", produces: "SURAT_PENOLAKAN", letterChain: "PENOLAKAN" }),
    step(14, "Penyampaian Surat Penolakan", "FRONT_OFFICE", 1 * HOUR, "Surat Penolakan", next(15)),
    step(15, "Surat Penolakan Diterima", "PEMOHON", 15, "Surat Penolakan", receipt("REJECTED"), { receipt: true, applicantStep: true }),
  ],
  resubmit: { role: "PEMOHON" },
  withdraw: { role: "PEMOHON", allowedStatuses: ["IN_PROGRESS", "RETURNED"], requiresReasons: true, blockedAfterMarker: "signs", blockedOnPathOf: 11 },
  revoke: { role: "KADIS", fromStatus: "ISSUED", requiresReasons: true },
};

export const SIP_PERAWAT: PermitTypeDefinition = {
  code: "SIP-PERAWAT",
  name: "Surat Izin Praktik Perawat",
  shortName: "SIP Perawat",
  registrationPrefix: "PR",
  description: "Izin bagi perawat untuk menjalankan praktik keperawatan di fasilitas pelayanan kesehatan atau praktik mandiri perawat.",
  legalBasis: [
    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "Peraturan Menteri Kesehatan Nomor 26 Tahun 2019 tentang Peraturan Pelaksanaan Undang-Undang Nomor 38 Tahun 2014 tentang Keperawatan",
  ],
  feeRupiah: 0,
  applicant: "PERSON",
  activePermitLimit: null,
  validity: HEALTH_PERMIT_VALIDITY,
  form: [
    ...strFields("STR Perawat"),
    {
      code: "practiceKind",
      kind: "SELECT",
      label: "Tempat praktik",
      required: true,
      options: [
        { value: "FASKES", label: "Di fasilitas pelayanan kesehatan" },
        { value: "MANDIRI", label: "Praktik mandiri perawat" },
      ],
    },
    { code: "practiceName", kind: "TEXT", label: "Nama fasilitas / tempat praktik", required: true, rules: { maxLength: 160 } },
    { code: "practiceAddress", kind: "ADDRESS", label: "Alamat tempat praktik", required: true },
    { code: "notPractisedFiveYears", kind: "YES_NO", label: "Tidak berpraktik lebih dari 5 tahun", help: "Pilih ya bila STR Anda seumur hidup tetapi Anda tidak berpraktik lebih dari lima tahun.", required: false },
  ],
  requirements: [
    doc("IJAZAH", "Ijazah keperawatan (asli dipindai)", "Ijazah pendidikan keperawatan."),
    doc("KTP", "KTP-el", "Kartu Tanda Penduduk elektronik pemohon."),
    doc("STR", "STR Perawat", "Surat Tanda Registrasi Perawat; nomor dan masa berlakunya diisi pada formulir."),
    doc("SURAT_KETERANGAN_FASKES", "Surat keterangan/rekomendasi pimpinan fasilitas pelayanan kesehatan", "Untuk praktik di fasilitas pelayanan kesehatan.", {
      required: false,
      requiredIf: { field: "practiceKind", equals: "FASKES" },
    }),
    doc("PERNYATAAN_TEMPAT_PRAKTIK", "Surat pernyataan tempat praktik di atas meterai", "Untuk praktik mandiri perawat.", {
      required: false,
      requiredIf: { field: "practiceKind", equals: "MANDIRI" },
    }),
    doc("BUKTI_KOMPETENSI", "Bukti kompetensi", "Bila STR seumur hidup tetapi tidak berpraktik lebih dari lima tahun.", {
      required: false,
      requiredIf: { field: "notPractisedFiveYears", equals: true },
    }),
    photo(),
  ],
  flows: { NEW: flow },
  letters: [
    receiptLetter,
    recommendationRequestLetter,
    recommendationLetter,
    rejectionLetter({ role: "KABID_PELAYANAN", wording: "a.n. Kepala Dinas" }),
    permitLetter(
      "SURAT IZIN PRAKTIK PERAWAT",
      [
        { label: "Nama", value: "{pemohon.nama}" },
        { label: "Tempat/Tanggal Lahir", value: "{pemohon.tempatLahir}, {pemohon.tanggalLahir}" },
        { label: "Alamat", value: "{pemohon.alamat}" },
        { label: "Nomor STR", value: "{formulir.strNumber}" },
        { label: "Tempat praktik", value: "{formulir.practiceName}" },
        { label: "Alamat tempat praktik", value: "{formulir.practiceAddress}" },
      ],
      ["Memberikan Surat Izin Praktik Perawat kepada:"],
      ["Kepala {instansi.nama}", "Arsip"],
    ),
  ],
  books: [
    { code: "PERMIT", name: "Buku Agenda Penomoran SIP Perawat", format: "503/{seq}/SIPP/DPMPTSP/{year}", scope: "PERMIT_TYPE" },
    { code: "OUTGOING_LETTER", name: "Buku Agenda Surat Keluar", format: "503/{seq}/DPMPTSP/{year}", scope: "OFFICE" },
  ],
  technicalAgency: "DINKES",
};
