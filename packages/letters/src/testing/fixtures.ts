// Realistic inputs of each letter layout and its people: used by the tests and render-template-samples.ts.

import { PNG } from "pngjs";
import type { TemplateLayout, TemplateLetterInput } from "../template-types";
import type { Initial, Letterhead, Person } from "../types";

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

// ---------------------------------------------------------------------------------------------
// Template letters (renderTemplateLetter): one realistic sample per layout, texts already filled in

const templateCommon = {
  letterhead: LETTERHEAD,
  registrationNumber: "PM-2026-000123",
  permitTypeName: "Surat Izin Kerja Perekam Medis",
  subjectName: "Rina Situmorang, A.Md.RMIK",
  date: LETTER_DATE,
  draft: false,
  addressee: [],
  legalBasis: [],
  body: [],
  rows: [],
  lists: [],
  closing: [],
  initials: INITIALS,
  qr: common.qr,
  tembusan: [],
  photo: null,
} satisfies Partial<TemplateLetterInput>;

const TEMPLATE_SAMPLES: Record<TemplateLayout, TemplateLetterInput> = {
  DECREE: {
    ...templateCommon,
    layout: "DECREE",
    title: "SURAT IZIN KERJA PEREKAM MEDIS",
    number: "503/0456/SIK-PM/DPMPTSP-KTK/2026",
    legalBasis: [
      "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
      "Peraturan Menteri Kesehatan Nomor 55 Tahun 2013 tentang Penyelenggaraan Pekerjaan Perekam Medis",
      "Peraturan Bupati Dairi tentang Pendelegasian Kewenangan Perizinan dan Nonperizinan kepada Kepala Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Ketenagakerjaan",
    ],
    body: ["dan memperhatikan hasil verifikasi serta rekomendasi Tim Teknis, dengan ini memberikan Surat Izin Kerja Perekam Medis kepada:"],
    rows: [
      ["Nama", "Rina Situmorang, A.Md.RMIK"],
      ["NIK", "1211034506950002"],
      ["Tempat, tanggal lahir", "Sidikalang, 5 Juni 1995"],
      ["Alamat", "Jl. Pahlawan No. 7, Kelurahan Batang Beruh, Kecamatan Sidikalang, Kabupaten Dairi"],
      ["Nomor STR", "RM00000123456789"],
      ["Masa berlaku STR", "s.d. 12 Juni 2031"],
      ["Tempat bekerja", "RSUD Sidikalang"],
      ["Alamat tempat bekerja", "Jl. Rumah Sakit No. 19, Sidikalang, Kabupaten Dairi"],
    ],
    closing: [
      "Surat Izin Kerja ini berlaku sampai dengan tanggal 12 Juni 2031 selama STR masih berlaku dan yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut di atas.",
    ],
    signatory: {
      wording: "a.n. BUPATI DAIRI",
      person: KADIS,
      signature: { ...KADIS, signedAt: new Date("2026-11-29T03:15:00Z") },
    },
    tembusan: ["Kepala Dinas Kesehatan Kabupaten Dairi", "Pimpinan RSUD Sidikalang", "Yang bersangkutan"],
    photo: { key: "photos/PM-2026-000123.png", mimeType: "image/png", bytes: null },
  },
  LETTER: {
    ...templateCommon,
    layout: "LETTER",
    title: "Permintaan Rekomendasi Teknis",
    number: "503/1190/DPMPTSP-KTK/2026",
    addressee: ["Kepala Dinas Kesehatan Kabupaten Dairi", "di Sidikalang"],
    body: [
      "Sehubungan dengan permohonan Surat Izin Kerja Perekam Medis yang telah diterima dengan Nomor Registrasi PM-2026-000123, atas nama:",
    ],
    rows: [
      ["Nama", "Rina Situmorang, A.Md.RMIK"],
      ["NIK", "1211034506950002"],
      ["Tempat bekerja", "RSUD Sidikalang"],
    ],
    lists: [
      {
        kind: "TEAM",
        heading:
          "bersama ini kami mohon kesediaan Saudara untuk menugaskan Tim Teknis melakukan verifikasi teknis dan peninjauan lapangan. Adapun susunan Tim Teknis adalah sebagai berikut:",
        members: TEAM,
        signatureColumn: false,
      },
    ],
    closing: ["Demikian kami sampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih."],
    signatory: {
      wording: "a.n. KEPALA DINAS PENANAMAN MODAL, PELAYANAN TERPADU SATU PINTU DAN KETENAGAKERJAAN KABUPATEN DAIRI,",
      person: { name: "RUSMAULI SIREGAR, SE", title: "Sekretaris", nip: "198003152006042011" },
      signature: { name: "RUSMAULI SIREGAR, SE", title: "Sekretaris", nip: "198003152006042011", signedAt: new Date("2026-11-29T04:00:00Z") },
    },
    tembusan: ["Kepala Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Ketenagakerjaan (sebagai laporan)", "Arsip"],
  },
  FORM: {
    ...templateCommon,
    layout: "FORM",
    title: "BERITA ACARA PENINJAUAN LAPANGAN",
    number: "BA/045/TT-PM/2026",
    body: [
      "Pada hari ini Jumat tanggal 27 November 2026 Tim Teknis telah melakukan peninjauan lapangan terhadap permohonan berikut:",
    ],
    rows: [
      ["Nomor Registrasi", "PM-2026-000123"],
      ["Nama Pemohon", "Rina Situmorang, A.Md.RMIK"],
      ["Lokasi peninjauan", "RSUD Sidikalang, Jl. Rumah Sakit No. 19, Sidikalang"],
    ],
    lists: [
      {
        kind: "ITEMS",
        heading: "Hasil peninjauan lapangan:",
        items: [
          "Pemohon benar bekerja sebagai perekam medis pada Instalasi Rekam Medis RSUD Sidikalang sejak Maret 2021.",
          "Ruang rekam medis tersedia dan layak, dilengkapi rak penyimpanan berkas dan komputer.",
        ],
      },
      {
        kind: "TEAM",
        heading: "Tim Teknis:",
        members: TEAM,
        signatureColumn: true,
        signed: { ...TEAM[0]!, signedAt: new Date("2026-11-27T05:00:00Z") },
      },
    ],
    closing: ["Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya."],
    signatory: { wording: "Mengetahui,", person: KADIS, signature: null },
    tembusan: ["Arsip"],
  },
};

/** A final (numbered, signed) sample of each layout, with `overrides` applied on top. */
export function templateSample(layout: TemplateLayout, overrides: Partial<TemplateLetterInput> = {}): TemplateLetterInput {
  return { ...structuredClone(TEMPLATE_SAMPLES[layout]), ...overrides };
}

/**
 * A small pas foto as PNG (a grey silhouette on a blue ground), `width` × `height` pixels:
 * for the tests and the samples.
 */
export function photoPng(width = 60, height = 80): Uint8Array {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const head = (x - width / 2) ** 2 + (y - height * 0.38) ** 2 < (width * 0.22) ** 2;
      const body = y > height * 0.62 && Math.abs(x - width / 2) < width * 0.36 - (height - y) * 0.1;
      const i = (y * width + x) * 4;
      const [r, g, b] = head || body ? [90, 90, 96] : [40, 110, 200];
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  // RGB without alpha: one image object in the PDF (an alpha channel would add a soft mask).
  return new Uint8Array(PNG.sync.write(png, { colorType: 2 }));
}
