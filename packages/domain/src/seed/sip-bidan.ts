import type { PermitTypeDefinition } from "../permit-type/definition";
import type { SopDefinition } from "../sop/types";
import {
  assessmentFields,
  DAY,
  HOUR,
  inspectionFields,
  inspectionLetter,
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

/**
 * A health permit with field inspection and a shorter paraf chain than the seed SOP: verification
 * assigns the team, the team inspects and recommends, the Kabid initials, the Kadis signs
 * (PMK 28/2017: within 15 working days; at most two SIPB per midwife).
 */
const flow: SopDefinition = {
  code: "SIP-BIDAN",
  version: 1,
  title: "PENERBITAN SURAT IZIN PRAKTIK BIDAN (SIPB)",
  permitTypeName: "Surat Izin Praktik Bidan",
  documentNumber: "SOP/DPMPTSP/SIPB/2026",
  legalBasis: ["Permendagri No. 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota"],
  steps: [
    submission(2),
    step(2, "Menerima dan memeriksa kelengkapan berkas", "FRONT_OFFICE", 2 * HOUR, "Klarifikasi Berkas", [...next(3), returnTo(2)]),
    step(3, "Memberikan Resi Penerimaan Berkas", "FRONT_OFFICE", 30, "Resi Penerimaan", next(4), { produces: "RESI_PENERIMAAN" }),
    step(4, "Verifikasi berkas dan penugasan Tim Teknis", "BACK_OFFICE", 4 * HOUR, "Surat Permintaan Rekomendasi", [...next(5), returnTo(2)], {
      assignsTeam: "TIM_TEKNIS",
      produces: "SURAT_PERMINTAAN_REKOMENDASI",
    }),
    step(5, "Peninjauan tempat praktik", "TIM_TEKNIS", 2 * DAY, "Berita Acara", next(6), { produces: "BERITA_ACARA" }, { fields: inspectionFields }),
    step(
      6,
      "Pemberian Rekomendasi",
      "TIM_TEKNIS",
      1 * DAY,
      "Rekomendasi",
      [
        { action: "APPROVE", to: { step: 7 } },
        { action: "REJECT", to: { step: 13 }, requiresReasons: true },
      ],
      { produces: "REKOMENDASI" },
      { fields: assessmentFields },
    ),
    step(7, "Mencetak draf izin dan paraf", "BACK_OFFICE", 1 * HOUR, "Draf Surat Izin", next(8), { signatureChain: "IZIN", produces: "SURAT_IZIN", letterChain: "IZIN" }),
    step(8, "Paraf/verifikasi draf izin", "KABID_PELAYANAN", 1 * HOUR, "Draf Surat Izin Berparaf", next(9), { signatureChain: "IZIN" }),
    step(9, "Penandatanganan Surat Izin", "KADIS", 1 * DAY, "Surat Izin", next(10), { signs: true, signatureChain: "IZIN" }),
    step(10, "Memberikan Nomor Izin", "KASUBBAG_UMUM", 1 * HOUR, "Surat Izin Bernomor", next(11), { numbers: "PERMIT", produces: "SURAT_IZIN", letterChain: "IZIN" }),
    step(11, "Menyampaikan Surat Izin ke Pemohon", "FRONT_OFFICE", 30, "Surat Izin Bernomor", next(12)),
    step(12, "Surat Izin diterima Pemohon", "PEMOHON", 30, "Surat Izin Diterima", receipt("ISSUED"), { receipt: true, applicantStep: true }),
    step(13, "Pembuatan Surat Penolakan", "BACK_OFFICE", 2 * HOUR, "Draf Surat Penolakan", next(14), { produces: "SURAT_PENOLAKAN", letterChain: "PENOLAKAN" }),
    step(14, "Penandatanganan Surat Penolakan", "KABID_PELAYANAN", 2 * HOUR, "Surat Penolakan", next(15), { signatureChain: "PENOLAKAN" }),
    step(15, "Penomoran Surat Keluar", "KASUBBAG_UMUM", 1 * HOUR, "Surat Penolakan Bernomor", next(16), { numbers: "OUTGOING_LETTER", produces: "SURAT_PENOLAKAN", letterChain: "PENOLAKAN" }),
    step(16, "Penyampaian Surat Penolakan", "FRONT_OFFICE", 1 * HOUR, "Surat Penolakan", next(17)),
    step(17, "Surat Penolakan Diterima", "PEMOHON", 15, "Surat Penolakan", receipt("REJECTED"), { receipt: true, applicantStep: true }),
  ],
  resubmit: { role: "PEMOHON" },
  withdraw: { role: "PEMOHON", allowedStatuses: ["IN_PROGRESS", "RETURNED"], requiresReasons: true, blockedAfterMarker: "signs", blockedOnPathOf: 13 },
  revoke: { role: "KADIS", fromStatus: "ISSUED", requiresReasons: true },
};

export const SIP_BIDAN: PermitTypeDefinition = {
  code: "SIP-BIDAN",
  name: "Surat Izin Praktik Bidan",
  shortName: "SIP Bidan",
  registrationPrefix: "BD",
  description: "Izin bagi bidan untuk menjalankan praktik kebidanan di fasilitas pelayanan kesehatan atau tempat praktik mandiri bidan.",
  legalBasis: [
    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "Peraturan Menteri Kesehatan Nomor 28 Tahun 2017 tentang Izin dan Penyelenggaraan Praktik Bidan",
  ],
  feeRupiah: 0,
  applicant: "PERSON",
  activePermitLimit: 2,
  validity: HEALTH_PERMIT_VALIDITY,
  form: [
    ...strFields("STR Bidan (STRB)"),
    {
      code: "practiceKind",
      kind: "SELECT",
      label: "Tempat praktik",
      required: true,
      options: [
        { value: "FASKES", label: "Di fasilitas pelayanan kesehatan" },
        { value: "MANDIRI", label: "Tempat praktik mandiri bidan" },
      ],
    },
    { code: "practiceName", kind: "TEXT", label: "Nama fasilitas / tempat praktik", required: true, rules: { maxLength: 160 } },
    { code: "practiceAddress", kind: "ADDRESS", label: "Alamat tempat praktik", required: true },
    { code: "practiceHours", kind: "TEXT", label: "Jadwal praktik", help: "Mis. Senin–Jumat 08.00–14.00", required: true, rules: { maxLength: 160 } },
  ],
  requirements: [
    doc("SURAT_PERMOHONAN", "Surat permohonan", "Surat permohonan yang ditandatangani pemohon di atas meterai."),
    doc("KTP", "KTP-el", "Kartu Tanda Penduduk elektronik pemohon."),
    doc("IJAZAH", "Ijazah kebidanan (paling rendah D-III Kebidanan)", "Ijazah yang diakui dalam STRB."),
    doc("STR", "STR Bidan (STRB)", "Surat Tanda Registrasi Bidan; nomor dan masa berlakunya diisi pada formulir."),
    doc("SURAT_SEHAT", "Surat keterangan sehat fisik dan mental", "Dari dokter yang memiliki Surat Izin Praktik."),
    doc("SURAT_KETERANGAN_FASKES", "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan", "Untuk praktik di fasilitas pelayanan kesehatan.", {
      required: false,
      requiredIf: { field: "practiceKind", equals: "FASKES" },
    }),
    doc("PERNYATAAN_TEMPAT_PRAKTIK", "Surat pernyataan memiliki tempat praktik dan denah lokasi", "Untuk praktik mandiri: pernyataan di atas meterai dan denah/koordinat lokasi.", {
      required: false,
      requiredIf: { field: "practiceKind", equals: "MANDIRI" },
    }),
    photo(),
  ],
  flows: { NEW: flow },
  letters: [
    receiptLetter,
    recommendationRequestLetter,
    inspectionLetter,
    recommendationLetter,
    rejectionLetter({ role: "KABID_PELAYANAN", wording: "a.n. Kepala Dinas" }),
    permitLetter(
      "SURAT IZIN PRAKTIK BIDAN",
      [
        { label: "Nama", value: "{pemohon.nama}" },
        { label: "Tempat/Tanggal Lahir", value: "{pemohon.tempatLahir}, {pemohon.tanggalLahir}" },
        { label: "Alamat", value: "{pemohon.alamat}" },
        { label: "Nomor STRB", value: "{formulir.strNumber}" },
        { label: "Tempat praktik", value: "{formulir.practiceName}" },
        { label: "Alamat tempat praktik", value: "{formulir.practiceAddress}" },
        { label: "Jadwal praktik", value: "{formulir.practiceHours}" },
      ],
      ["Memberikan Surat Izin Praktik Bidan kepada:"],
      ["Kepala {instansi.nama}", "Arsip"],
    ),
  ],
  books: [
    { code: "PERMIT", name: "Buku Agenda Penomoran SIP Bidan", format: "503/{seq}/SIPB/DPMPTSP/{year}", scope: "PERMIT_TYPE" },
    { code: "OUTGOING_LETTER", name: "Buku Agenda Surat Keluar", format: "503/{seq}/DPMPTSP/{year}", scope: "OFFICE" },
  ],
  technicalAgency: "DINKES",
};
