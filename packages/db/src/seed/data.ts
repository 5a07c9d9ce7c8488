import type { Role } from "@perizinan/domain";

/** Demo data for a newcomer's first look. Every value here can be changed by the ADMIN. */
export const OFFICE = {
  code: "DPMPTSP-DAIRI",
  name: "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Ketenagakerjaan",
  shortName: "DPMPTSP Kabupaten Dairi",
  regency: "Kabupaten Dairi",
  governmentName: "PEMERINTAH KABUPATEN DAIRI",
  address: "Jl. Sisingamangaraja, Sidikalang, Kabupaten Dairi, Sumatera Utara 22211",
  city: "Sidikalang",
  phone: "(0627) 21000",
  email: "dpmptsp@dairikab.go.id",
  website: "dpmptsp.dairikab.go.id",
  complaintChannel:
    "Pengaduan layanan: loket pengaduan DPMPTSP Kabupaten Dairi, email dpmptsp@dairikab.go.id, atau SP4N-LAPOR! (lapor.go.id).",
  timeZone: "Asia/Jakarta",
  workingWeek: {
    0: [],
    1: [{ start: "08:00", end: "16:00" }],
    2: [{ start: "08:00", end: "16:00" }],
    3: [{ start: "08:00", end: "16:00" }],
    4: [{ start: "08:00", end: "16:00" }],
    5: [{ start: "08:00", end: "16:00" }],
    6: [],
  },
} as const;

/** National holidays and cuti bersama; the ADMIN keeps this list current (cuti bersama often changes late). */
export const HOLIDAYS: Array<{ date: string; name: string }> = [
  { date: "2026-01-01", name: "Tahun Baru 2026 Masehi" },
  { date: "2026-01-16", name: "Isra Mikraj Nabi Muhammad SAW" },
  { date: "2026-02-17", name: "Tahun Baru Imlek 2577 Kongzili" },
  { date: "2026-03-19", name: "Hari Suci Nyepi Tahun Baru Saka 1948" },
  { date: "2026-03-20", name: "Idul Fitri 1447 Hijriah" },
  { date: "2026-03-21", name: "Idul Fitri 1447 Hijriah" },
  { date: "2026-04-03", name: "Wafat Yesus Kristus" },
  { date: "2026-05-01", name: "Hari Buruh Internasional" },
  { date: "2026-05-14", name: "Kenaikan Yesus Kristus" },
  { date: "2026-05-27", name: "Idul Adha 1447 Hijriah" },
  { date: "2026-05-31", name: "Hari Raya Waisak 2570 BE" },
  { date: "2026-06-01", name: "Hari Lahir Pancasila" },
  { date: "2026-06-16", name: "Tahun Baru Islam 1448 Hijriah" },
  { date: "2026-08-17", name: "Hari Kemerdekaan Republik Indonesia" },
  { date: "2026-08-25", name: "Maulid Nabi Muhammad SAW" },
  { date: "2026-12-24", name: "Cuti Bersama Hari Raya Natal" },
  { date: "2026-12-25", name: "Hari Raya Natal" },
  { date: "2027-01-01", name: "Tahun Baru 2027 Masehi" },
];

/** The technical agencies that assess the seeded permit types (codes as the definitions name them). */
export const AGENCIES = [
  {
    code: "DINKES",
    name: "Dinas Kesehatan",
    governmentName: "PEMERINTAH KABUPATEN DAIRI",
    address: "Jl. Runding No. 1, Sidikalang, Kabupaten Dairi, Sumatera Utara 22211",
    city: "Sidikalang",
    phone: "(0627) 21010",
    email: "dinkes@dairikab.go.id",
  },
  {
    code: "DINAS_PUPR",
    name: "Dinas Pekerjaan Umum dan Penataan Ruang",
    governmentName: "PEMERINTAH KABUPATEN DAIRI",
    address: "Jl. Sisingamangaraja No. 80, Sidikalang, Kabupaten Dairi, Sumatera Utara 22211",
    city: "Sidikalang",
    phone: "(0627) 21020",
    email: "pupr@dairikab.go.id",
  },
] as const;

/** The permit type of the demo files (the first wave's, whose SOP is the seed SOP). */
export const DEMO_FILE_PERMIT_TYPE = "SIK-PEREKAM-MEDIS";

/** The password of every demo account. Change it (or delete the accounts) before real use. */
export const DEMO_PASSWORD = "Dairi2026!";

export const DEMO_STAFF: Array<{ username: string; nip: string; name: string; jobTitle: string; roles: Role[]; agency?: string }> = [
  { username: "frontoffice", nip: "198805122010012001", name: "Rina Sitanggang", jobTitle: "Petugas Front Office", roles: ["FRONT_OFFICE"] },
  { username: "kasubbag", nip: "197911032005011002", name: "Hotman Simanjuntak", jobTitle: "Kepala Sub Bagian Umum", roles: ["KASUBBAG_UMUM"] },
  { username: "backoffice", nip: "198402172009021003", name: "Maria Tampubolon", jobTitle: "Kepala Seksi Pelayanan II", roles: ["BACK_OFFICE"] },
  { username: "timteknis", nip: "198109092006041004", name: "dr. Lamhot Sihombing", jobTitle: "Anggota Tim Teknis (Dinas Kesehatan)", roles: ["TIM_TEKNIS"], agency: "DINKES" },
  // A second member, so that a file assigned to one of them is seen to be nobody else's.
  { username: "timteknis2", nip: "198705122010012009", name: "dr. Rosmawati Siregar", jobTitle: "Anggota Tim Teknis (Dinas Kesehatan)", roles: ["TIM_TEKNIS"], agency: "DINKES" },
  // The billboard permit is assessed by public works: its team is not offered health files, nor the reverse.
  { username: "timteknispupr", nip: "198303152008011011", name: "Ir. Togar Simbolon", jobTitle: "Anggota Tim Teknis (Dinas PUPR)", roles: ["TIM_TEKNIS"], agency: "DINAS_PUPR" },
  { username: "kabid", nip: "197606252002121005", name: "Ratna Purba, S.Sos", jobTitle: "Kepala Bidang Pelayanan", roles: ["KABID_PELAYANAN"] },
  { username: "sekretaris", nip: "197503141999031006", name: "Jonni Pardede, SH", jobTitle: "Sekretaris", roles: ["SEKRETARIS"] },
  { username: "kadis", nip: "197508312003121003", name: "OLOAN HASUGIAN, ST", jobTitle: "Kepala Dinas", roles: ["KADIS"] },
  { username: "admin", nip: "199001012015031007", name: "Andi Lumbantobing", jobTitle: "Administrator Sistem", roles: ["ADMIN"] },
  { username: "auditor", nip: "197712122003122008", name: "Sondang Manurung", jobTitle: "Auditor Inspektorat", roles: ["AUDITOR"] },
];

export const DEMO_APPLICANTS = [
  { email: "sari.manik@contoh.id", nik: "1211015204950001", name: "Sari Manik", phone: "081260001111" },
  { email: "budi.sinaga@contoh.id", nik: "1211020708920002", name: "Budi Sinaga", phone: "081370002222" },
];
