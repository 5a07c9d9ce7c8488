/** Request headers as Node (a record) or the Fetch API (a Headers object) hands them over. */
export type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The address a login attempt came from, for the per-address rate limit (the proxy's forwarded-for first). */
export function clientIp(headers: HeaderBag | undefined): string {
  const first = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return first || header(headers, "x-real-ip") || "unknown";
}
