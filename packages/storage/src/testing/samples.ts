// Minimal but genuine document samples, built byte by byte for the tests (no fixture files).
import { deflateSync } from "node:zlib";

export const ascii = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "latin1"));

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
}

/** A one-page PDF with a correct xref table that any reader opens. */
export function minimalPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(body);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = concat(ascii(type), data);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return concat(length, typeAndData, crc);
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A valid width×height 8-bit greyscale PNG (IHDR, IDAT, IEND with correct CRCs). */
export function minimalPng(width = 1, height = 1): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y += 1) raw[y * (width + 1)] = 0; // filter type None
  return concat(PNG_SIGNATURE, pngChunk("IHDR", ihdr), pngChunk("IDAT", deflateSync(raw)), pngChunk("IEND", new Uint8Array()));
}

const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];
const segment = (marker: number, payload: number[]): number[] => [0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
const APP0_JFIF = segment(0xe0, [...ascii("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const DQT = segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]);
const SOF0_1x1_GREY = segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
// One code of length 1 for symbol 0: DC "difference 0", AC "end of block".
const DHT_DC = segment(0xc4, [0x00, 1, ...new Array<number>(15).fill(0), 0x00]);
const DHT_AC = segment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]);
const SOS = segment(0xda, [1, 1, 0x00, 0, 63, 0]);
const SCAN = [0b0011_1111]; // DC code "0", EOB "0", padded with ones

/** A decodable 1×1 grey baseline JPEG: SOI, JFIF, DQT, SOF0, DHT×2, SOS, scan, EOI. */
export function minimalJpeg(options: { exifThumbnail?: boolean; entropy?: number[] } = {}): Uint8Array {
  // An EXIF-like APP1 that embeds a whole JPEG thumbnail, so an FF D9 occurs long before the real end.
  const app1 = options.exifThumbnail
    ? segment(0xe1, [...ascii("Exif\0\0"), ...SOI, ...APP0_JFIF, ...DQT, ...SOF0_1x1_GREY, ...DHT_DC, ...DHT_AC, ...SOS, ...SCAN, ...EOI])
    : [];
  return concat(SOI, APP0_JFIF, app1, DQT, SOF0_1x1_GREY, DHT_DC, DHT_AC, SOS, options.entropy ?? SCAN, EOI);
}

/** A Windows executable's first bytes: "MZ", DOS stub, "PE\0\0". */
export function windowsExe(): Uint8Array {
  const dos = Buffer.alloc(128, 0);
  dos.write("MZ", 0, "latin1");
  dos.writeUInt32LE(0x80, 0x3c);
  dos.write("This program cannot be run in DOS mode.", 0x4e, "latin1");
  return concat(dos, ascii("PE\0\0"), new Array<number>(64).fill(0));
}

/** A ZIP archive holding one stored file (local header, central directory, end record). */
export function zipArchive(): Uint8Array {
  const name = ascii("KTP.pdf.exe");
  const data = ascii("not really");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return concat(local, name, data, central, name, end);
}
