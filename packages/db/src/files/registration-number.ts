import { randomInt } from "node:crypto";

// Crockford base32 without I, L, O, U: easy to read aloud at the counter and to type on a phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A registration number such as `PM-2611-7KQ4-X9TD`: a prefix for the permit type, the year and
 * month for the human at the counter, and 40 random bits so that knowing one number tells
 * nothing about the next (no enumeration of other people's files).
 */
export function newRegistrationNumber(prefix: string, at: Date): string {
  const yymm = `${String(at.getUTCFullYear()).slice(2)}${String(at.getUTCMonth() + 1).padStart(2, "0")}`;
  let random = "";
  for (let i = 0; i < 8; i++) random += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${yymm}-${random.slice(0, 4)}-${random.slice(4)}`;
}
