import type { PermitTypeDefinition } from "../permit-type/definition";
import { agendaBooks, DAY, HOUR, inspectionLetter, inspectionStep, intakeSteps, permitLetter, permitSteps, receiptLetter, recommendationLetter, recommendationRequestLetter, refusalSteps, rejectionLetter, seedFlow, teamRecommendation } from "./build";
import { doc, HEALTH_PERMIT, healthLegalBasis, onlyWhen, personRows, photo, practiceFields, strFields, strDocument, applicationLetter } from "./health";

/**
 * A health permit with field inspection and a shorter paraf chain than the seed SOP: verification
 * assigns the team, the team inspects and recommends, the Kabid initials, the Kadis signs
 * (PMK 28/2017: within 15 working days; at most two SIPB per midwife).
 */
const flow = seedFlow(
  { code: "SIP-BIDAN", title: "PENERBITAN SURAT IZIN PRAKTIK BIDAN (SIPB)", permitTypeName: "Surat Izin Praktik Bidan", documentNumber: "SOP/DPMPTSP/SIPB/2026" },
  [
    ...intakeSteps("Verifikasi berkas dan penugasan Tim Teknis", 4 * HOUR),
    inspectionStep(5, "Peninjauan tempat praktik", 2 * DAY),
    teamRecommendation(6, "Pemberian Rekomendasi", 1 * DAY, 7, 13),
    ...permitSteps(7, ["KABID_PELAYANAN"], true),
    ...refusalSteps(13, "BACK_OFFICE", "KABID_PELAYANAN"),
  ],
  13,
);

export const SIP_BIDAN: PermitTypeDefinition = {
  code: "SIP-BIDAN", name: "Surat Izin Praktik Bidan", shortName: "SIP Bidan", registrationPrefix: "BD",
  description: "Izin bagi bidan untuk menjalankan praktik kebidanan di fasilitas pelayanan kesehatan atau tempat praktik mandiri bidan.",
  legalBasis: healthLegalBasis("Peraturan Menteri Kesehatan Nomor 28 Tahun 2017 tentang Izin dan Penyelenggaraan Praktik Bidan"),
  ...HEALTH_PERMIT,
  activePermitLimit: 2,
  form: [...strFields("STR Bidan (STRB)"), ...practiceFields("Tempat praktik mandiri bidan"), { code: "practiceHours", kind: "TEXT", label: "Jadwal praktik", help: "Mis. Senin–Jumat 08.00–14.00", required: true, rules: { maxLength: 160 } }],
  // In the order Kab. Kolaka publishes them (shared/reference/permit-types.md), then the identity card and the diploma.
  requirements: [
    applicationLetter("Surat permohonan yang ditandatangani pemohon di atas meterai."),
    strDocument("STR Bidan (STRB)", "Surat Tanda Registrasi Bidan"),
    doc("SURAT_SEHAT", "Surat keterangan sehat fisik dan mental", "Dari dokter yang memiliki Surat Izin Praktik."),
    doc("SURAT_KETERANGAN_FASKES", "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan", "Untuk praktik di fasilitas pelayanan kesehatan.", onlyWhen("practiceKind", "FASKES")),
    doc("PERNYATAAN_TEMPAT_PRAKTIK", "Surat pernyataan memiliki tempat praktik dan denah lokasi", "Untuk praktik mandiri: pernyataan di atas meterai dan denah/koordinat lokasi.", onlyWhen("practiceKind", "MANDIRI")),
    photo(),
    doc("KTP", "KTP-el", "Kartu Tanda Penduduk elektronik pemohon."),
    doc("IJAZAH", "Ijazah kebidanan (paling rendah D-III Kebidanan)", "Ijazah yang diakui dalam STRB."),
  ],
  flows: { NEW: flow },
  letters: [
    receiptLetter, recommendationRequestLetter, inspectionLetter, recommendationLetter, rejectionLetter({ role: "KABID_PELAYANAN", wording: "a.n. Kepala Dinas" }),
    permitLetter(
      "SURAT IZIN PRAKTIK BIDAN",
      [
        ...personRows("Nomor STRB"),
        ["Tempat praktik", "{formulir.practiceName}"],
        ["Alamat tempat praktik", "{formulir.practiceAddress}"],
        ["Jadwal praktik", "{formulir.practiceHours}"],
      ],
      ["Memberikan Surat Izin Praktik Bidan kepada:"],
      ["Kepala {instansi.nama}", "Arsip"],
    ),
  ],
  books: agendaBooks("SIP Bidan", "SIPB"),
};
