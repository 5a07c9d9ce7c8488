import { z } from "zod";
import { optionalEmail, optionalText, requiredText } from "../text-fields";
import { INDONESIAN_TIME_ZONES, type IndonesianTimeZone } from "@perizinan/domain";


/** What an administrator may change about the office: its names, kop lines, contacts and zone. */
export const officeSchema = z.object({
  governmentName: requiredText("Nama pemerintah daerah (baris pertama kop)", 120),
  name: requiredText("Nama dinas", 200),
  shortName: requiredText("Nama singkat", 80),
  regency: requiredText("Nama daerah", 80),
  address: requiredText("Alamat", 300),
  city: requiredText("Kota tempat surat ditetapkan", 80),
  phone: optionalText("Telepon", 40),
  email: optionalEmail,
  website: optionalText("Laman", 120),
  complaintChannel: optionalText("Saluran pengaduan", 500),
  timeZone: z.enum(Object.keys(INDONESIAN_TIME_ZONES) as [IndonesianTimeZone], { error: "Pilih zona waktu kantor: WIB, WITA, atau WIT." }),
});
export type OfficeInput = z.input<typeof officeSchema>;
export type OfficeTimeZone = IndonesianTimeZone;
