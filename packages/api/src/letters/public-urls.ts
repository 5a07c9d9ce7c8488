/**
 * Where the public portal lives, for the QR codes printed on letters. Validated once here.
 * `npm start` sets it; in production set PORTAL_URL to the public address (https://…).
 */
export function portalUrl(): string {
  const url = (process.env.PORTAL_URL ?? "http://localhost:3000").trim().replace(/\/+$/, "");
  if (!/^https?:\/\//.test(url)) throw new Error(`PORTAL_URL harus berupa alamat http(s), bukan "${url}"`);
  return url;
}
