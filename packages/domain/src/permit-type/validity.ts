import { formatCalendarDate } from "../time/calendar-words";
import type { FormValues } from "./form";

/**
 * How long an issued permit is valid, as a permit type states it. The sentence printed on the
 * permit is computed once, at issue, and stored with it: the verification page shows that same
 * sentence rather than computing its own.
 */
export type ValidityRule =
  | { kind: "LIFETIME" }
  | { kind: "YEARS_FROM_ISSUE"; years: number }
  /** Until a date the applicant gave (e.g. the STR's expiry); an empty date (a lifetime STR) sets no limit. */
  | { kind: "UNTIL_FORM_DATE"; field: string }
  | { kind: "EARLIEST"; of: [ValidityRule, ValidityRule] }
  /** While the holder works at the facility named in the form. */
  | { kind: "WHILE_EMPLOYED"; field: string };

export const VALIDITY_KINDS = ["LIFETIME", "YEARS_FROM_ISSUE", "UNTIL_FORM_DATE", "EARLIEST", "WHILE_EMPLOYED"] as const;

export const VALIDITY_KIND_LABELS: Record<ValidityRule["kind"], string> = {
  LIFETIME: "Seumur hidup",
  YEARS_FROM_ISSUE: "Sekian tahun sejak terbit",
  UNTIL_FORM_DATE: "Sampai tanggal pada formulir",
  EARLIEST: "Yang lebih dahulu dari dua aturan",
  WHILE_EMPLOYED: "Selama bekerja pada fasilitas",
};

export interface Validity {
  /** Last day of validity (YYYY-MM-DD, local), or null when no date limits it. */
  until: string | null;
  /** A condition that ends it besides the date, e.g. "selama pemegang bekerja pada RSUD Sidikalang". */
  condition: string | null;
  /** The sentence printed on the permit and on the verification page. */
  sentence: string;
}

type Limit = { until: string | null; condition: string | null };

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  // Valid through the day before the anniversary: issued 3 Dec 2026 for 5 years → 2 Dec 2031.
  // A 29 February issue's anniversary in a common year is 1 March, so it runs through 28 February.
  const anniversary = new Date(Date.UTC(y + years, m - 1, d));
  anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}

function limitOf(rule: ValidityRule, issuedOn: string, form: FormValues): Limit {
  switch (rule.kind) {
    case "LIFETIME":
      return { until: null, condition: null };
    case "YEARS_FROM_ISSUE":
      return { until: addYears(issuedOn, rule.years), condition: null };
    case "UNTIL_FORM_DATE": {
      const value = form[rule.field];
      return { until: typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null, condition: null };
    }
    case "WHILE_EMPLOYED": {
      const value = form[rule.field];
      const place = typeof value === "string" && value.trim() ? value.trim() : "fasilitas tempat bekerja";
      return { until: null, condition: `selama pemegang bekerja pada ${place}` };
    }
    case "EARLIEST": {
      const [a, b] = rule.of.map((r) => limitOf(r, issuedOn, form)) as [Limit, Limit];
      const until = a.until && b.until ? (a.until < b.until ? a.until : b.until) : (a.until ?? b.until);
      return { until, condition: a.condition ?? b.condition };
    }
  }
}

/** The validity of a permit issued on `issuedOn` (the office's local date) under `rule`, given the form. */
export function computeValidity(rule: ValidityRule, issuedOn: string, form: FormValues): Validity {
  const { until, condition } = limitOf(rule, issuedOn, form);
  const parts: string[] = [];
  if (until) parts.push(`sampai dengan tanggal ${formatCalendarDate(until)}`);
  if (condition) parts.push(condition);
  const sentence = parts.length === 0 ? "Berlaku seumur hidup." : `Berlaku ${parts.join(" dan ")}.`;
  return { until, condition, sentence };
}

/** Fields a rule reads, so that validation can check they exist and have the right kind. */
export function validityFields(rule: ValidityRule): Array<{ field: string; needs: "DATE" | "TEXT" }> {
  switch (rule.kind) {
    case "UNTIL_FORM_DATE":
      return [{ field: rule.field, needs: "DATE" }];
    case "WHILE_EMPLOYED":
      return [{ field: rule.field, needs: "TEXT" }];
    case "EARLIEST":
      return rule.of.flatMap(validityFields);
    default:
      return [];
  }
}
