import { officeClock } from "@perizinan/domain";
import type { Letterhead } from "@perizinan/letters";
import type { DocumentStorage } from "@perizinan/storage";

/** The office's columns a kop is printed from. */
export interface OfficeLetterheadRow {
  governmentName: string;
  name: string;
  address: string;
  city: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  emblemKey: string | null;
  /** IANA zone of the office's clock ("Asia/Jakarta", "Asia/Makassar", …). */
  timeZone: string;
}

/** The kop surat of an office, as a letter's facts keep it: the emblem by its storage key only. */
export function letterheadOf(office: OfficeLetterheadRow): Letterhead {
  return {
    governmentName: office.governmentName,
    officeName: office.name,
    address: office.address,
    city: office.city,
    phone: office.phone,
    email: office.email,
    website: office.website,
    emblemKey: office.emblemKey,
    clock: officeClock(office.timeZone),
  };
}

/**
 * The kop with the emblem's bytes, read from storage just before rendering. The key is the
 * bytes' SHA-256, so a letter rendered again later prints exactly the emblem it was made with,
 * even after the office uploads a new one. A key whose bytes are gone fails the render loudly
 * (the letter stays pending with the reason) rather than printing an official letter without it.
 */
export async function withEmblem(letterhead: Letterhead, storage: DocumentStorage): Promise<Letterhead> {
  if (!letterhead.emblemKey) return letterhead;
  const emblem = await storage.get(letterhead.emblemKey);
  if (!emblem) throw new Error(`Lambang daerah untuk kop (${letterhead.emblemKey}) tidak ada di penyimpanan dokumen.`);
  return { ...letterhead, emblem };
}
