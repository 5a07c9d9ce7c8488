import type { PermitTypeDefinition } from "../permit-type/definition";
import { agendaBooks, DAY, HOUR, intakeSteps, permitLetter, permitSteps, receiptLetter, recommendationLetter, recommendationRequestLetter, refusalSteps, rejectionLetter, seedFlow, teamRecommendation } from "./build";
import { doc, HEALTH_PERMIT, healthLegalBasis, onlyWhen, personRows, photo, practiceFields, strFields, strDocument } from "./health";

/** The shorter health flow: no field inspection; the team recommends on the documents. */
const flow = seedFlow(
  { code: "SIP-PERAWAT", title: "PENERBITAN SURAT IZIN PRAKTIK PERAWAT (SIPP)", permitTypeName: "Surat Izin Praktik Perawat", documentNumber: "SOP/DPMPTSP/SIPP/2026" },
  [
    ...intakeSteps("Verifikasi berkas dan penugasan Tim Teknis", 3 * HOUR),
    teamRecommendation(5, "Penilaian berkas dan rekomendasi", 1 * DAY, 6, 11),
    ...permitSteps(6, [], true),
    ...refusalSteps(11, "BACK_OFFICE", "KABID_PELAYANAN"),
  ],
  11,
);

export const SIP_PERAWAT: PermitTypeDefinition = {
  code: "SIP-PERAWAT", name: "Surat Izin Praktik Perawat", shortName: "SIP Perawat", registrationPrefix: "PR",
  description: "Izin bagi perawat untuk menjalankan praktik keperawatan di fasilitas pelayanan kesehatan atau praktik mandiri perawat.",
  legalBasis: healthLegalBasis("Peraturan Menteri Kesehatan Nomor 26 Tahun 2019 tentang Peraturan Pelaksanaan Undang-Undang Nomor 38 Tahun 2014 tentang Keperawatan"),
  ...HEALTH_PERMIT,
  activePermitLimit: null,
  form: [
    ...strFields("STR Perawat"),
    ...practiceFields("Praktik mandiri perawat"),
    { code: "notPractisedFiveYears", kind: "YES_NO", label: "Tidak berpraktik lebih dari 5 tahun", help: "Pilih ya bila STR Anda seumur hidup tetapi Anda tidak berpraktik lebih dari lima tahun.", required: false },
  ],
  requirements: [
    doc("IJAZAH", "Ijazah keperawatan (asli dipindai)", "Ijazah pendidikan keperawatan."),
    doc("KTP", "KTP-el", "Kartu Tanda Penduduk elektronik pemohon."),
    strDocument("STR Perawat", "Surat Tanda Registrasi Perawat"),
    doc("SURAT_KETERANGAN_FASKES", "Surat keterangan/rekomendasi pimpinan fasilitas pelayanan kesehatan", "Untuk praktik di fasilitas pelayanan kesehatan.", onlyWhen("practiceKind", "FASKES")),
    doc("PERNYATAAN_TEMPAT_PRAKTIK", "Surat pernyataan tempat praktik di atas meterai", "Untuk praktik mandiri perawat.", onlyWhen("practiceKind", "MANDIRI")),
    doc("BUKTI_KOMPETENSI", "Bukti kompetensi", "Bila STR seumur hidup tetapi tidak berpraktik lebih dari lima tahun.", onlyWhen("notPractisedFiveYears", true)),
    photo(),
  ],
  flows: { NEW: flow },
  letters: [
    receiptLetter, recommendationRequestLetter, recommendationLetter, rejectionLetter({ role: "KABID_PELAYANAN", wording: "a.n. Kepala Dinas" }),
    permitLetter(
      "SURAT IZIN PRAKTIK PERAWAT",
      [
        ...personRows("Nomor STR"),
        ["Tempat praktik", "{formulir.practiceName}"],
        ["Alamat tempat praktik", "{formulir.practiceAddress}"],
      ],
      ["Memberikan Surat Izin Praktik Perawat kepada:"],
      ["Kepala {instansi.nama}", "Arsip"],
    ),
  ],
  books: agendaBooks("SIP Perawat", "SIPP"),
};
