/**
 * The use cases' settings, read once. PORTAL_URL is where the public portal lives, for the QR
 * codes and links printed on letters; `npm start` sets it, production sets the public https:// address.
 */
export function portalUrl(): string {
  const url = (process.env.PORTAL_URL ?? "http://localhost:3000").trim().replace(/\/+$/, "");
  if (!/^https?:\/\//.test(url)) throw new Error(`PORTAL_URL harus berupa alamat http(s), bukan "${url}"`);
  return url;
}

/**
 * Where the operator typed a command: npm runs a workspace script inside the package's folder and
 * passes the caller's folder on as INIT_CWD, against which a path they typed is read.
 */
export function operatorCwd(): string {
  return process.env.INIT_CWD ?? process.cwd();
}
