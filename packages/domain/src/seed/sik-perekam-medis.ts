import type { PermitTypeDefinition } from "../permit-type/definition";
import { SOP_SIK_PEREKAM_MEDIS } from "../sop/sik-perekam-medis";
import type { SopStep } from "../sop/types";
import { assessmentFields, dispositionFields, dispositionLetter, inspectionFields, inspectionLetter, OUTGOING_LETTER_BOOK, permitLetter, receiptLetter, recommendationLetter, recommendationRequestLetter, rejectionLetter } from "./build";
import { doc, HEALTH_PERMIT_VALIDITY, photo, strFields } from "./health";

/** What the seed SOP's officers enter at steps 4, 7 and 8: its steps, roles and times are unchanged. */
const OFFICER_FIELDS: Record<number, SopStep["fields"]> = { 4: dispositionFields, 7: inspectionFields, 8: assessmentFields };

export const SIK_PEREKAM_MEDIS: PermitTypeDefinition = {
  code: "SIK-PEREKAM-MEDIS",
  name: "Surat Izin Kerja Perekam Medis",
  shortName: "SIK Perekam Medis",
  registrationPrefix: "PM",
  description:
    "Izin bagi tenaga perekam medis dan informasi kesehatan untuk bekerja pada fasilitas pelayanan kesehatan di Kabupaten Dairi.",
  legalBasis: [
    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "Peraturan Menteri Kesehatan Nomor 55 Tahun 2013 tentang Penyelenggaraan Pekerjaan Perekam Medis",
    "Peraturan Bupati Dairi Nomor 7 Tahun 2022 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Perangkat Daerah Kabupaten Dairi",
  ],
  feeRupiah: 0,
  applicant: "PERSON",
  activePermitLimit: null,
  validity: HEALTH_PERMIT_VALIDITY,
  form: [
    ...strFields("STR Perekam Medis"),
    { code: "facilityName", kind: "TEXT", label: "Nama fasilitas pelayanan kesehatan tempat bekerja", required: true, rules: { maxLength: 160 } },
    { code: "facilityAddress", kind: "ADDRESS", label: "Alamat fasilitas pelayanan kesehatan", required: true },
  ],
  requirements: [
    doc("SURAT_PERMOHONAN", "Surat permohonan", "Surat permohonan izin kerja yang ditandatangani pemohon."),
    doc("KTP", "KTP", "Kartu Tanda Penduduk pemohon yang masih berlaku."),
    doc("IJAZAH", "Ijazah Rekam Medis dan Informasi Kesehatan (dilegalisir)", "Ijazah pendidikan Rekam Medis dan Informasi Kesehatan yang telah dilegalisir."),
    doc("STR", "STR Perekam Medis", "Surat Tanda Registrasi Perekam Medis; nomor dan masa berlakunya diisi pada formulir."),
    doc("SURAT_SEHAT", "Surat keterangan sehat dari dokter", "Surat keterangan sehat dari dokter yang memiliki Surat Izin Praktik."),
    doc("SURAT_KETERANGAN_BEKERJA", "Surat keterangan bekerja dari fasilitas pelayanan kesehatan", "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat pemohon bekerja."),
    photo(),
    doc("REKOMENDASI_DINKES", "Rekomendasi Kepala Dinas Kesehatan", "Surat rekomendasi dari Kepala Dinas Kesehatan Kabupaten Dairi."),
  ],
  flows: {
    NEW: { ...SOP_SIK_PEREKAM_MEDIS, steps: SOP_SIK_PEREKAM_MEDIS.steps.map((s) => (OFFICER_FIELDS[s.no] ? { ...s, fields: OFFICER_FIELDS[s.no] } : s)) },
  },
  letters: [
    receiptLetter,
    dispositionLetter,
    recommendationRequestLetter,
    inspectionLetter,
    recommendationLetter,
    rejectionLetter({ role: "SEKRETARIS", wording: "a.n. Kepala Dinas" }),
    permitLetter(
      "SURAT IZIN KERJA PEREKAM MEDIS",
      [
        { label: "Nama", value: "{pemohon.nama}" },
        { label: "Tempat/Tanggal Lahir", value: "{pemohon.tempatLahir}, {pemohon.tanggalLahir}" },
        { label: "Alamat", value: "{pemohon.alamat}" },
        { label: "Nomor STR", value: "{formulir.strNumber}" },
        { label: "Tempat bekerja", value: "{formulir.facilityName}" },
        { label: "Alamat tempat bekerja", value: "{formulir.facilityAddress}" },
      ],
      ["Memberikan Surat Izin Kerja Perekam Medis kepada:"],
      ["Kepala Dinas Kesehatan Kabupaten Dairi", "Pimpinan {formulir.facilityName}", "Arsip"],
    ),
  ],
  books: [
    { code: "PERMIT", name: "Buku Agenda Penomoran Izin SIK Perekam Medis", format: "503/{seq}/SIK-PM/DPMPTSP/{year}", scope: "PERMIT_TYPE" },
    OUTGOING_LETTER_BOOK,
  ],
  technicalAgency: "DINKES",
};
