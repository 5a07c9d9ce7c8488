import { describe, expect, it } from "vitest";
import { displayName } from "./filename";

const cases: [input: string, ext: string, expected: string][] = [
  ["KTP.pdf", "pdf", "KTP.pdf"],
  ["Surat Keterangan Sehat.PDF", "pdf", "Surat Keterangan Sehat.pdf"],
  ["foto ijazah.jpeg", "jpg", "foto ijazah.jpg"],
  ["scan.pdf", "jpg", "scan.jpg"], // a document extension that lies is replaced by the sniffed one
  ["laporan.v2", "pdf", "laporan.v2.pdf"],
  ["KTP.exe", "pdf", "KTP.exe.pdf"], // a non-document extension stays visible, the real one follows
  // Paths
  ["../../etc/passwd", "pdf", "passwd.pdf"],
  ["..\\..\\windows\\system32\\KTP.pdf", "pdf", "KTP.pdf"],
  ["C:\\fakepath\\KTP.pdf", "pdf", "KTP.pdf"],
  ["C:KTP.pdf", "pdf", "KTP.pdf"],
  ["/home/budi/Dokumen/STR.png", "png", "STR.png"],
  ["dir/", "pdf", "dokumen.pdf"],
  ["..", "pdf", "dokumen.pdf"],
  [".htaccess", "png", "htaccess.png"],
  // Control characters and whitespace
  ["KTP\u0000.pdf", "pdf", "KTP.pdf"],
  ["KTP\r\nSet-Cookie: a=b.pdf", "pdf", "KTP Set-Cookie_ a=b.pdf"],
  ["KTP\r\nContent-Type: text/html.pdf", "pdf", "html.pdf"], // "/" is a separator: only the last segment stays
  ["a\u0007b\u001bc\u007fd\u0085e\u009bf.png", "png", "abcd ef.png"],
  ["  Ijazah \t\t  SMA   .pdf  ", "pdf", "Ijazah SMA.pdf"],
  ["nama\u00a0dengan\u3000spasi.pdf", "pdf", "nama dengan spasi.pdf"],
  // Bidi overrides and invisible characters
  ["KTP\u202Efdp.exe", "pdf", "KTPfdp.exe.pdf"],
  ["\u202Bx\u202Cy\u2066z\u2067\u2068\u2069\u200E\u200F.png", "png", "xyz.png"],
  ["zero\u200Bwidth\uFEFF.pdf", "pdf", "zerowidth.pdf"],
  ["lone\uD800surrogate\uDC00.png", "png", "lonesurrogate.png"],
  // Windows-forbidden characters
  ['a<b>c:d"e|f?g*h.pdf', "pdf", "a_b_c_d_e_f_g_h.pdf"],
  // Empty and nothing left
  ["", "pdf", "dokumen.pdf"],
  ["   ", "jpg", "dokumen.jpg"],
  [".pdf", "pdf", "dokumen.pdf"],
  ["\u202E\u0000\u0001", "png", "dokumen.png"],
  // Unicode is kept (and normalised)
  ["Kartu Tanda Penduduk — Ñoño.pdf", "pdf", "Kartu Tanda Penduduk — Ñoño.pdf"],
  ["Cafe\u0301.pdf", "pdf", "Caf\u00e9.pdf"],
];

describe("displayName", () => {
  it.each(cases)("%j (%s) → %j", (input, ext, expected) => {
    expect(displayName(input, ext)).toBe(expected);
  });

  it("limits very long names to 100 characters and keeps the sniffed extension", () => {
    const name = displayName(`${"a".repeat(500)}.pdf`, "pdf");
    expect(name).toHaveLength(100);
    expect(name).toBe(`${"a".repeat(96)}.pdf`);
    expect(displayName("b".repeat(1000), "png")).toBe(`${"b".repeat(96)}.png`);
  });

  it("counts code points, never splitting an emoji or a surrogate pair", () => {
    const name = displayName(`${"😀".repeat(150)}.jpg`, "jpg");
    expect(Array.from(name)).toHaveLength(100);
    expect(name).toBe(`${"😀".repeat(96)}.jpg`);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/); // no lone surrogate
  });

  it("does not end the cut name in a dot or a space", () => {
    expect(displayName(`${"a".repeat(95)} .xyz.pdf`, "pdf")).toBe(`${"a".repeat(95)}.pdf`);
  });

  it("never yields a path separator, a control character or a bidi control", () => {
    const nasty = ["../a/../../b", "..\\..\\c", "\u202E\u2066x/y\\z\u0000", "C:\\..\\..\\", "\u0085\u009f/\u2028"];
    for (const input of nasty) {
      const name = displayName(input, "pdf");
      // eslint-disable-next-line no-control-regex
      expect(name).not.toMatch(/[/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(name.endsWith(".pdf")).toBe(true);
    }
  });

  it("accepts the extension with a dot or in capitals, refuses a nonsense one", () => {
    expect(displayName("KTP", ".PDF")).toBe("KTP.pdf");
    expect(() => displayName("KTP", "")).toThrow(RangeError);
    expect(() => displayName("KTP", "p/df")).toThrow(RangeError);
  });
});
