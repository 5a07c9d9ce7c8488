import type { PermitTypeDefinition } from "../permit-type/definition";
import type { SopDefinition } from "../sop/types";
import { assessmentFields, DAY, HOUR, inspectionFields, inspectionLetter, intakeSteps, next, OUTGOING_LETTER_BOOK, permitLetter, permitSteps, receiptLetter, recommendationLetter, recommendationRequestLetter, refusalSteps, rejectionLetter, step } from "./build";
import { doc, HEALTH_PERMIT_VALIDITY, personRows, photo, practiceFields, strFields } from "./health";

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
    ...intakeSteps("Verifikasi berkas dan penugasan Tim Teknis", 4 * HOUR),
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
    ...permitSteps(7, ["KABID_PELAYANAN"], true),
    ...refusalSteps(13, "BACK_OFFICE", "KABID_PELAYANAN"),
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
  form: [...strFields("STR Bidan (STRB)"), ...practiceFields("Tempat praktik mandiri bidan"), { code: "practiceHours", kind: "TEXT", label: "Jadwal praktik", help: "Mis. Senin–Jumat 08.00–14.00", required: true, rules: { maxLength: 160 } }],
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
        ...personRows("Nomor STRB"),
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
    OUTGOING_LETTER_BOOK,
  ],
  technicalAgency: "DINKES",
};
