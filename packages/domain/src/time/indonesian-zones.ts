/**
 * The zones Indonesia keeps and the abbreviation printed after a time. None observes daylight
 * saving, but the offset is still read from the zone database, never assumed.
 */
export const INDONESIAN_TIME_ZONES = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
} as const;

export type IndonesianTimeZone = keyof typeof INDONESIAN_TIME_ZONES;

export function isIndonesianTimeZone(zone: string): zone is IndonesianTimeZone {
  return Object.hasOwn(INDONESIAN_TIME_ZONES, zone);
}

/** An office's clock: the zone its dates are read in and the abbreviation printed after a time. */
export interface OfficeClock {
  /** IANA zone, e.g. "Asia/Makassar" */
  timeZone: string;
  /** "WIB", "WITA" or "WIT" */
  abbreviation: string;
}

/** The clock of an office in `timeZone`: the one way pages, letters and exports name a zone. */
export function officeClock(timeZone: string): OfficeClock {
  return { timeZone, abbreviation: zoneAbbreviation(timeZone) };
}

/** "WIB", "WITA" or "WIT"; another zone (an installation abroad, a test) is named as it is. */
export function zoneAbbreviation(zone: string): string {
  return isIndonesianTimeZone(zone) ? INDONESIAN_TIME_ZONES[zone] : zone;
}
