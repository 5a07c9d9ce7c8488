import type { PermitTypeDefinition } from "../permit-type/definition";
import type { SopDefinition } from "../sop/types";
import { assessmentFields, DAY, HOUR, intakeSteps, OUTGOING_LETTER_BOOK, permitLetter, permitSteps, receiptLetter, recommendationLetter, recommendationRequestLetter, refusalSteps, rejectionLetter, step } from "./build";
import { doc, HEALTH_PERMIT_VALIDITY, personRows, photo, practiceFields, strFields } from "./health";

/** The shorter health flow: no field inspection; the team recommends on the documents. */
const flow: SopDefinition = {
  code: "SIP-PERAWAT",
  version: 1,
  title: "PENERBITAN SURAT IZIN PRAKTIK PERAWAT (SIPP)",
  permitTypeName: "Surat Izin Praktik Perawat",
  documentNumber: "SOP/DPMPTSP/SIPP/2026",
  legalBasis: ["Permendagri No. 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota"],
  steps: [
    ...intakeSteps("Verifikasi berkas dan penugasan Tim Teknis", 3 * HOUR),
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
    ...permitSteps(6, [], true),
    ...refusalSteps(11, "BACK_OFFICE", "KABID_PELAYANAN"),
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
    ...practiceFields("Praktik mandiri perawat"),
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
        ...personRows("Nomor STR"),
        { label: "Tempat praktik", value: "{formulir.practiceName}" },
        { label: "Alamat tempat praktik", value: "{formulir.practiceAddress}" },
      ],
      ["Memberikan Surat Izin Praktik Perawat kepada:"],
      ["Kepala {instansi.nama}", "Arsip"],
    ),
  ],
  books: [
    { code: "PERMIT", name: "Buku Agenda Penomoran SIP Perawat", format: "503/{seq}/SIPP/DPMPTSP/{year}", scope: "PERMIT_TYPE" },
    OUTGOING_LETTER_BOOK,
  ],
  technicalAgency: "DINKES",
};
