import type { LetterTemplate, PermitTypeDefinition } from "@perizinan/domain";

/** Letters addressed to the applicant; the others (disposition, requests, records) are the office's working papers. */
const FOR_THE_APPLICANT = new Set<LetterTemplate["purpose"]>(["RECEIPT", "REJECTION", "PERMIT"]);

export function isApplicantLetter(definition: PermitTypeDefinition, code: string): boolean {
  const template = definition.letters.find((l) => l.code === code);
  return template !== undefined && FOR_THE_APPLICANT.has(template.purpose);
}

/** A letter's name in a list: its template's title, in sentence case when the title is all capitals. */
export function letterLabel(definition: PermitTypeDefinition, code: string): string {
  const title = definition.letters.find((l) => l.code === code)?.title ?? code;
  if (title !== title.toUpperCase()) return title;
  return title.toLowerCase().replace(/(^|[\s/(-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}
