/** Dates as an Indonesian reader expects them, always in WIB whatever the browser's zone. */
const dateTime = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });
const dateOnly = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "Asia/Jakarta" });

export function formatDateTime(d: Date | string | null | undefined): string {
  return d ? `${dateTime.format(new Date(d))} WIB` : "—";
}
export function formatDate(d: Date | string | null | undefined): string {
  return d ? dateOnly.format(new Date(d)) : "—";
}

/**
 * A form value as text: a string as it is, a number or a yes/no as written, anything else (nothing,
 * a file from FormData, an object) as "".
 */
export function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** A file size as an Indonesian reader writes it. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toLocaleString("id-ID", { maximumFractionDigits: 0 })} KB`;
  return `${(n / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;
}
