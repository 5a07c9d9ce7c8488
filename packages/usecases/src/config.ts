/**
 * The use cases' settings, read once. PORTAL_URL is where the public portal lives, for the QR
 * codes and links printed on letters; `npm start` sets it, production sets the public https:// address.
 */
export function portalUrl(): string {
  return siteUrl("PORTAL_URL", process.env.PORTAL_URL, "http://localhost:3000");
}

/** Where the back office lives, for the links in staff notices; `npm start` sets it. */
export function backofficeUrl(): string {
  return siteUrl("BACKOFFICE_URL", process.env.BACKOFFICE_URL, "http://localhost:3001");
}

function siteUrl(name: string, value: string | undefined, fallback: string): string {
  const url = (value ?? fallback).trim().replace(/\/+$/, "");
  if (!/^https?:\/\//.test(url)) throw new Error(`${name} harus berupa alamat http(s), bukan "${url}"`);
  return url;
}

/**
 * Where the operator typed a command: npm runs a workspace script inside the package's folder and
 * passes the caller's folder on as INIT_CWD, against which a path they typed is read.
 */
export function operatorCwd(): string {
  return process.env.INIT_CWD ?? process.cwd();
}
