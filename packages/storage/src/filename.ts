/**
 * A user's file name made fit for DISPLAY (lists, download names) — never for a path; storage keys are
 * content hashes. Strips any directory part (`../`, `..\`, `C:\fakepath\`), control characters (C0, DEL,
 * C1), bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, plus the LRM/RLM/ALM marks and
 * zero-width characters) and lone surrogates, characters Windows forbids in names, collapses whitespace, and gives the name
 * the extension of the type sniffed from the content. At most 100 characters (code points), extension
 * included; `dokumen.<ext>` when nothing usable is left.
 */
export const DISPLAY_NAME_MAX_LENGTH = 100;
export const DISPLAY_NAME_FALLBACK = "dokumen";

/** Extensions a user may have written for each sniffed type; a different one of these is replaced. */
const EXTENSION_ALIASES: Record<string, readonly string[]> = {
  pdf: ["pdf"],
  jpg: ["jpg", "jpeg", "jpe", "jfif"],
  png: ["png"],
};
const DOCUMENT_EXTENSIONS = new Set(Object.values(EXTENSION_ALIASES).flat());

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_OR_INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const SPACE_LIKE = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function displayName(userFileName: string, extension: string): string {
  const ext = String(extension).toLowerCase().replace(/^\./, "");
  if (!/^[a-z0-9]{1,10}$/.test(ext)) throw new RangeError(`displayName: ekstensi tidak sah ${JSON.stringify(extension)}.`);

  let name = typeof userFileName === "string" ? userFileName : "";
  name = name.normalize("NFC").replace(SPACE_LIKE, " ").replace(CONTROL_OR_INVISIBLE, "").replace(LONE_SURROGATE, "");

  // Only the last path segment, whichever separator the browser or OS used; then a drive prefix ("C:KTP.pdf").
  name = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  name = name.replace(/^[a-zA-Z]:/, "");

  name = name.replace(WINDOWS_FORBIDDEN, "_").replace(/\s+/g, " ");
  name = name.replace(/[\s.]+$/, "");

  // Split off the user's extension when it names a document type: the sniffed type wins.
  const dot = name.lastIndexOf(".");
  if (dot >= 0 && DOCUMENT_EXTENSIONS.has(name.slice(dot + 1).toLowerCase())) name = name.slice(0, dot);
  name = trimDotsAndSpaces(name);

  const room = DISPLAY_NAME_MAX_LENGTH - (ext.length + 1);
  const codePoints = Array.from(name);
  if (codePoints.length > room) name = trimDotsAndSpaces(codePoints.slice(0, room).join(""));
  if (name === "") name = DISPLAY_NAME_FALLBACK;
  return `${name}.${ext}`;
}

/** Leading dots would make a hidden or "..", trailing dots and spaces are dropped by Windows. */
function trimDotsAndSpaces(name: string): string {
  return name.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
}
