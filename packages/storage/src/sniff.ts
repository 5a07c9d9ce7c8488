/**
 * Decides from the bytes — never the file name or the browser's Content-Type — whether an upload is one
 * of the accepted document types. This is the security boundary for uploads: keep it small and strict.
 *
 * - PDF: starts with "%PDF-<digit>.<digit>" and has "%%EOF" within its last 1024 bytes (no leading junk).
 * - PNG: the 8-byte signature, then well-formed chunks: IHDR first (length 13, non-zero width and height),
 *   at least one IDAT, and IEND — followed by at most 1024 bytes of padding.
 * - JPEG: FF D8 FF, then a walk over the marker segments that must pass a frame header (SOFn) and a scan
 *   (SOS) and reach the end-of-image marker FF D9.
 *   Bytes after FF D9 are tolerated (padding, and the trailers that Samsung/Pixel cameras append to
 *   ordinary photos); a decoder stops at FF D9 anyway.
 * Anything else is UNKNOWN_TYPE, or DISGUISED when it is recognisably something dangerous in a document's
 * clothing: an executable, a script, HTML/SVG/XML, or an archive.
 */
export type SniffedMimeType = "application/pdf" | "image/jpeg" | "image/png";
export type SniffedExtension = "pdf" | "jpg" | "png";
export type SniffFailure = "EMPTY" | "UNKNOWN_TYPE" | "DISGUISED";

export type SniffResult =
  | { ok: true; mimeType: SniffedMimeType; extension: SniffedExtension }
  | { ok: false; reason: SniffFailure };

export const SNIFF_MESSAGES: Record<SniffFailure, string> = {
  EMPTY: "Berkas kosong (0 bita).",
  UNKNOWN_TYPE: "Isi berkas bukan PDF, JPG, atau PNG. Unggah dokumen dalam salah satu format itu.",
  DISGUISED:
    "Isi berkas ternyata bukan dokumen (misalnya program, skrip, halaman web, atau arsip ZIP) walaupun namanya seperti dokumen. " +
    "Berkas ditolak; unggah dokumen asli dalam format PDF, JPG, atau PNG.",
};

const TAIL_WINDOW = 1024;

export function sniffDocument(bytes: Uint8Array): SniffResult {
  if (bytes.byteLength === 0) return { ok: false, reason: "EMPTY" };
  if (isPdf(bytes)) return { ok: true, mimeType: "application/pdf", extension: "pdf" };
  if (isPng(bytes)) return { ok: true, mimeType: "image/png", extension: "png" };
  if (isJpeg(bytes)) return { ok: true, mimeType: "image/jpeg", extension: "jpg" };
  return { ok: false, reason: looksDangerous(bytes) ? "DISGUISED" : "UNKNOWN_TYPE" };
}

// ---------------------------------------------------------------- PDF

function isPdf(b: Uint8Array): boolean {
  // "%PDF-" then a version such as 1.7 or 2.0.
  if (!startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) || b.length < 8) return false;
  if (!isDigit(b[5]) || b[6] !== 0x2e || !isDigit(b[7])) return false;
  return indexOf(b, ascii("%%EOF"), Math.max(8, b.length - TAIL_WINDOW)) !== -1;
}

// ---------------------------------------------------------------- PNG

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(b: Uint8Array): boolean {
  if (!startsWith(b, PNG_SIGNATURE)) return false;
  // Walk the chunks (length, type, data, CRC): IHDR first, at least one IDAT, then IEND.
  let i = PNG_SIGNATURE.length;
  let sawData = false;
  while (i + 12 <= b.length) {
    const length = readUint32(b, i);
    const type = String.fromCharCode(...b.subarray(i + 4, i + 8));
    if (!/^[A-Za-z]{4}$/.test(type) || i + 12 + length > b.length) return false;
    if (i === PNG_SIGNATURE.length) {
      // IHDR: length 13, non-zero width and height.
      if (type !== "IHDR" || length !== 13 || readUint32(b, i + 8) === 0 || readUint32(b, i + 12) === 0) return false;
    }
    if (type === "IDAT") sawData = true;
    i += 12 + length;
    // IEND ends the image; a little padding after it is tolerated, a payload is not.
    if (type === "IEND") return sawData && length === 0 && b.length - i <= TAIL_WINDOW;
  }
  return false;
}

// ---------------------------------------------------------------- JPEG

function isJpeg(b: Uint8Array): boolean {
  if (!startsWith(b, [0xff, 0xd8, 0xff])) return false;
  let i = 2;
  let sawFrame = false; // an SOFn header: the image has a size and components
  let sawScan = false; // an SOS: there is image data
  while (i < b.length) {
    // Expect a marker: FF, optional FF fill bytes, then the marker code.
    if (b[i] !== 0xff) return false;
    while (i < b.length && b[i] === 0xff) i += 1;
    const marker = b[i];
    if (marker === undefined) return false;
    i += 1;
    if (marker === 0xd9) return sawFrame && sawScan; // EOI: a complete image.
    if (marker === 0xd8 || marker === 0x00) return false; // a second SOI / stuffed byte here: not a JPEG stream.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // TEM, RSTn: no length.
    if (i + 2 > b.length) return false;
    const length = ((b[i] as number) << 8) | (b[i + 1] as number);
    if (length < 2) return false;
    i += length;
    if (i > b.length) return false;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) sawFrame = true;
    if (marker === 0xda) {
      if (!sawFrame) return false;
      sawScan = true;
      // SOS: entropy-coded data follows. In it a real FF is stuffed as FF 00, and RSTn markers may occur;
      // any other FF xx is the next marker.
      while (i < b.length) {
        if (b[i] === 0xff) {
          const next = b[i + 1];
          if (next === undefined) return false;
          if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
            i += next === 0xff ? 1 : 2;
            continue;
          }
          break;
        }
        i += 1;
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------- things that must never pass as documents

const DANGEROUS_PREFIXES: number[][] = [
  ascii("MZ"), // Windows/DOS executable (.exe, .dll, .scr)
  [0x7f, ...ascii("ELF")], // Linux executable
  [0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal / Java class
  [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0x50, 0x4b, 0x07, 0x08], // ZIP (also docx, xlsx, jar, apk)
  [...ascii("Rar!"), 0x1a, 0x07], // RAR
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7-Zip
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE compound file (.doc/.xls with macros, .msi)
  ascii("#!"), // script with an interpreter line
  ascii("{\\rtf"), // RTF (embeds objects)
];

/** Markup or script markers that a browser or viewer would act on, looked for near the start. */
const ACTIVE_TEXT = [
  "<!doctype", "<html", "<head", "<body", "<script", "<svg", "<?xml", "<iframe", "<object", "<embed",
  "<meta", "<a ", "<img", "<div", "<form", "<style", "<!--", "<?php", "<%@", "javascript:", "vbscript:",
  "@echo off", "powershell", "wscript.", "createobject(",
];

function looksDangerous(b: Uint8Array): boolean {
  if (DANGEROUS_PREFIXES.some((prefix) => startsWith(b, prefix))) return true;
  // Text formats: look at the first bytes, lower-cased, ignoring NULs (UTF-16 text) and a BOM.
  const head = b.subarray(0, TAIL_WINDOW);
  let text = "";
  for (const byte of head) if (byte !== 0) text += String.fromCharCode(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);
  text = text.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, "");
  if (/^\s*<[a-z!?%/]/.test(text)) return true;
  return ACTIVE_TEXT.some((marker) => text.includes(marker));
}

// ---------------------------------------------------------------- helpers

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

function startsWith(b: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (b.length < at + prefix.length) return false;
  return prefix.every((byte, i) => b[at + i] === byte);
}

function indexOf(b: Uint8Array, needle: readonly number[], from = 0): number {
  for (let i = Math.max(0, from); i + needle.length <= b.length; i += 1) {
    if (startsWith(b, needle, i)) return i;
  }
  return -1;
}

function readUint32(b: Uint8Array, at: number): number {
  return (((b[at] as number) << 24) >>> 0) + ((b[at + 1] as number) << 16) + ((b[at + 2] as number) << 8) + (b[at + 3] as number);
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}
