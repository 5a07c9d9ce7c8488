// One realistic input per letter kind: used by the tests and by render-samples.ts.

import type { Initial, LetterInput, LetterKind, Letterhead, Person } from "../types";

export const LETTERHEAD: Letterhead = {
  governmentName: "Pemerintah Kabupaten Dairi",
  officeName: "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Ketenagakerjaan",
  address: "Jl. Sisingamangaraja, Sidikalang, Kabupaten Dairi, Sumatera Utara 22211",
  city: "Sidikalang",
  phone: "(0627) 21000",
  email: "dpmptsp@dairikab.go.id",
  website: "dpmptsp.dairikab.go.id",
  clock: { timeZone: "Asia/Jakarta", abbreviation: "WIB" },
};

export const KADIS: Person = {
  name: "OLOAN HASUGIAN, ST",
  title: "KEPALA DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN KETENAGAKERJAAN KABUPATEN DAIRI",
  nip: "197508312003121003",
};

export const SEKRETARIS: Person = {
  name: "RUSMAULI SIREGAR, SE",
  title: "a.n. KEPALA DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN KETENAGAKERJAAN KABUPATEN DAIRI,\nSekretaris",
  nip: "198003152006042011",
};

export const FRONT_OFFICE: Person = { name: "Dewi Sinaga", title: "Petugas Front Office", nip: "199203102019032008" };

export const TEAM: Person[] = [
  { name: "dr. Hotman Simanjuntak", title: "Dinas Kesehatan Kabupaten Dairi (Ketua)", nip: "198106122010011004" },
  { name: "Ns. Maria Tambunan, S.Kep", title: "Dinas Kesehatan Kabupaten Dairi", nip: "198812042015032002" },
  { name: "Andi Pasaribu, S.Sos", title: "DPMPTSP Kabupaten Dairi", nip: "199001012014021001" },
];

/** 29 November 2026, 10.15 WIB. */
export const LETTER_DATE = new Date("2026-11-29T03:15:00Z");

export const INITIALS: Initial[] = [
  { name: "Januarius Lingga", title: "Kabid Pelayanan", nip: "197901012005011002", at: new Date("2026-11-28T02:05:00Z") },
  { name: "Rusmauli Siregar", title: "Sekretaris", nip: "198003152006042011", at: new Date("2026-11-28T07:40:00Z") },
];

const common = {
  letterhead: LETTERHEAD,
  registrationNumber: "PM-2026-000123",
  permitTypeName: "Surat Izin Kerja Perekam Medis",
  applicant: {
    name: "Rina Situmorang, A.Md.RMIK",
    nik: "1211034506950002",
    birthPlace: "Sidikalang",
    birthDate: "1995-06-05",
    address: "Jl. Pahlawan No. 7, Kelurahan Batang Beruh, Kecamatan Sidikalang, Kabupaten Dairi",
    phone: "0812 6000 1234",
    email: "rina.situmorang@example.id",
  },
  date: LETTER_DATE,
  qr: {
    url: "https://perizinan.dairikab.go.id/verifikasi/PM-2026-000123?h=3f1c9a",
    caption: "Pindai kode QR untuk memeriksa keaslian dokumen dan status permohonan.",
  },
};

/** A final (numbered, signed) sample per kind; `draft` turns it into an unnumbered draft. */
export function sample(kind: LetterKind, draft = false): LetterInput {
  const status = draft ? { draft: true, number: null, signature: null } : { draft: false };
  switch (kind) {
    case "RESI_PENERIMAAN":
      return {
        ...common,
        kind,
        number: "RESI/PM-2026-000123",
        ...status,
        signatory: FRONT_OFFICE,
        signature: draft ? null : { ...FRONT_OFFICE, signedAt: new Date("2026-11-29T03:20:00Z") },
        submittedAt: new Date("2026-11-29T02:47:00Z"),
        receivedBy: FRONT_OFFICE,
        serviceStandard: "5 (lima) hari kerja",
        documents: [
          "Fotokopi KTP",
          "Fotokopi Surat Tanda Registrasi (STR) Perekam Medis yang masih berlaku",
          "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat bekerja",
          "Surat keterangan sehat dari dokter yang memiliki Surat Izin Praktik",
          "Pas foto berwarna ukuran 4 x 6 cm (2 lembar)",
          "Fotokopi ijazah Diploma III Rekam Medis dan Informasi Kesehatan",
        ],
      };
    case "LEMBAR_DISPOSISI":
      return {
        ...common,
        kind,
        number: "503/1187/DPMPTSP-KTK/2026",
        ...status,
        signatory: KADIS,
        from: "Kepala Dinas",
        to: "Kepala Bidang Pelayanan Perizinan dan Non Perizinan",
        instruction:
          "Mohon segera diproses sesuai Standar Pelayanan: verifikasi kelengkapan berkas, koordinasikan dengan Tim Teknis dari Dinas Kesehatan untuk peninjauan lapangan, dan laporkan hasilnya.",
      };
    case "SURAT_PERMINTAAN_REKOMENDASI":
      return {
        ...common,
        kind,
        number: "503/1190/DPMPTSP-KTK/2026",
        ...status,
        signatory: KADIS,
        signature: draft ? null : { ...KADIS, signedAt: new Date("2026-11-29T04:00:00Z") },
        addressee: "Kepala Dinas Kesehatan Kabupaten Dairi",
        teamMembers: TEAM,
        facilityName: "RSUD Sidikalang",
      };
    case "BERITA_ACARA":
      return {
        ...common,
        kind,
        number: "BA/045/TT-PM/2026",
        ...status,
        inspectionDate: new Date("2026-11-27T02:30:00Z"),
        place: "RSUD Sidikalang, Jl. Rumah Sakit No. 19, Sidikalang",
        findings:
          "Pemohon benar bekerja sebagai perekam medis pada Instalasi Rekam Medis RSUD Sidikalang sejak Maret 2021, dibuktikan dengan surat keterangan pimpinan dan daftar hadir. Ruang rekam medis tersedia dan layak, dilengkapi rak penyimpanan berkas, komputer dengan aplikasi rekam medis elektronik, serta prosedur pengelolaan rekam medis yang tertulis.\nStatus STR pemohon telah diperiksa pada sistem registrasi tenaga kesehatan dan dinyatakan aktif.",
        team: TEAM,
      };
    case "REKOMENDASI":
      return {
        ...common,
        kind,
        number: "REK/045/TT-PM/2026",
        ...status,
        decision: "APPROVE",
        assessment:
          "Berkas permohonan lengkap dan sah. Hasil peninjauan lapangan menunjukkan pemohon bekerja pada fasilitas pelayanan kesehatan yang memiliki unit rekam medis yang memadai, dan STR pemohon masih berlaku.",
        reasons: ["Persyaratan administrasi telah dipenuhi.", "Hasil peninjauan lapangan sesuai dengan data permohonan."],
        team: TEAM,
      };
    case "SURAT_PENOLAKAN":
      return {
        ...common,
        kind,
        number: "503/1201/DPMPTSP-KTK/2026",
        ...status,
        signatory: SEKRETARIS,
        signature: draft ? null : { ...SEKRETARIS, signedAt: new Date("2026-11-29T03:15:00Z") },
        initials: INITIALS,
        reasons: [
          "Surat Tanda Registrasi (STR) yang dilampirkan telah habis masa berlakunya pada tanggal 12 Oktober 2026.",
          "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tidak mencantumkan jabatan pemohon sebagai perekam medis.",
        ],
        legalBasis: [
          "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
          "Peraturan Menteri Kesehatan Nomor 55 Tahun 2013 tentang Penyelenggaraan Pekerjaan Perekam Medis",
        ],
      };
    case "SURAT_IZIN":
      return {
        ...common,
        kind,
        number: "503/0456/SIK-PM/DPMPTSP-KTK/2026",
        ...status,
        signatory: KADIS,
        signature: draft ? null : { ...KADIS, signedAt: new Date("2026-11-29T03:15:00Z") },
        initials: INITIALS,
        strNumber: "RM00000123456789",
        strValidUntil: "2031-06-12",
        facilityName: "RSUD Sidikalang",
        facilityAddress: "Jl. Rumah Sakit No. 19, Sidikalang, Kabupaten Dairi",
        validUntilText: "sampai dengan tanggal 12 Juni 2031",
        legalBasis: [
          "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
          "Peraturan Menteri Kesehatan Nomor 55 Tahun 2013 tentang Penyelenggaraan Pekerjaan Perekam Medis",
          "Peraturan Bupati Dairi tentang Pendelegasian Kewenangan Perizinan dan Nonperizinan kepada Kepala Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Ketenagakerjaan",
        ],
      };
  }
}
