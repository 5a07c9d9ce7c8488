import type { PermitTypeDefinition } from "../permit-type/definition";
import { SOP_SIK_PEREKAM_MEDIS } from "../sop/sik-perekam-medis";
import type { SopStep } from "../sop/types";
import { agendaBooks, assessmentFields, dispositionFields, dispositionLetter, inspectionFields, inspectionLetter, permitLetter, receiptLetter, recommendationLetter, recommendationRequestLetter, rejectionLetter } from "./build";
import { doc, HEALTH_PERMIT, healthLegalBasis, personRows, photo, strFields, strDocument, applicationLetter } from "./health";

/** What the seed SOP's officers enter at steps 4, 7 and 8: its steps, roles and times are unchanged. */
const OFFICER_FIELDS: Record<number, SopStep["fields"]> = { 4: dispositionFields, 7: inspectionFields, 8: assessmentFields };

export const SIK_PEREKAM_MEDIS: PermitTypeDefinition = {
  code: "SIK-PEREKAM-MEDIS", name: "Surat Izin Kerja Perekam Medis", shortName: "SIK Perekam Medis", registrationPrefix: "PM",
  description:
    "Izin bagi tenaga perekam medis dan informasi kesehatan untuk bekerja pada fasilitas pelayanan kesehatan di Kabupaten Dairi.",
  legalBasis: healthLegalBasis(
    "Peraturan Menteri Kesehatan Nomor 55 Tahun 2013 tentang Penyelenggaraan Pekerjaan Perekam Medis",
    "Peraturan Bupati Dairi Nomor 7 Tahun 2022 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Perangkat Daerah Kabupaten Dairi",
  ),
  ...HEALTH_PERMIT,
  activePermitLimit: null,
  form: [
    ...strFields("STR Perekam Medis"),
    { code: "facilityName", kind: "TEXT", label: "Nama fasilitas pelayanan kesehatan tempat bekerja", required: true, rules: { maxLength: 160 } },
    { code: "facilityAddress", kind: "ADDRESS", label: "Alamat fasilitas pelayanan kesehatan", required: true },
  ],
  requirements: [
    applicationLetter("Surat permohonan izin kerja yang ditandatangani pemohon."),
    doc("KTP", "KTP", "Kartu Tanda Penduduk pemohon yang masih berlaku."),
    doc("IJAZAH", "Ijazah Rekam Medis dan Informasi Kesehatan (dilegalisir)", "Ijazah pendidikan Rekam Medis dan Informasi Kesehatan yang telah dilegalisir."),
    strDocument("STR Perekam Medis", "Surat Tanda Registrasi Perekam Medis"),
    doc("SURAT_SEHAT", "Surat keterangan sehat dari dokter", "Surat keterangan sehat dari dokter yang memiliki Surat Izin Praktik."),
    doc("SURAT_KETERANGAN_BEKERJA", "Surat keterangan bekerja dari fasilitas pelayanan kesehatan", "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat pemohon bekerja."),
    photo(),
    doc("REKOMENDASI_DINKES", "Rekomendasi Kepala Dinas Kesehatan", "Surat rekomendasi dari Kepala Dinas Kesehatan Kabupaten Dairi."),
  ],
  flows: {
    NEW: { ...SOP_SIK_PEREKAM_MEDIS, steps: SOP_SIK_PEREKAM_MEDIS.steps.map((s) => (OFFICER_FIELDS[s.no] ? { ...s, fields: OFFICER_FIELDS[s.no] } : s)) },
  },
  letters: [
    receiptLetter, dispositionLetter, recommendationRequestLetter, inspectionLetter, recommendationLetter, rejectionLetter({ role: "SEKRETARIS", wording: "a.n. Kepala Dinas" }),
    permitLetter(
      "SURAT IZIN KERJA PEREKAM MEDIS",
      [
        ...personRows("Nomor STR"),
        ["Tempat bekerja", "{formulir.facilityName}"],
        ["Alamat tempat bekerja", "{formulir.facilityAddress}"],
      ],
      ["Memberikan Surat Izin Kerja Perekam Medis kepada:"],
      ["Kepala Dinas Kesehatan Kabupaten Dairi", "Pimpinan {formulir.facilityName}", "Arsip"],
    ),
  ],
  books: agendaBooks("Izin SIK Perekam Medis", "SIK-PM"),
};
