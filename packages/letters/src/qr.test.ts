import jsQR from "jsqr";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { renderTemplateLetter } from "./index";
import { qrMatrix } from "./qr";
import { templateSample } from "./testing/fixtures";
import { renderPage } from "./testing/pdf";

const URL = "https://perizinan.dairikab.go.id/verifikasi/PM-2026-000123?h=3f1c9a";

/** The matrix as an RGBA bitmap with a 4-module quiet zone, `scale` pixels per module. */
function rasterise(matrix: boolean[][], scale: number): { data: Uint8ClampedArray; width: number; height: number } {
  const n = matrix.length + 8;
  const size = n * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const i = (((r + 4) * scale + y) * size + (c + 4) * scale + x) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }),
  );
  return { data, width: size, height: size };
}

describe("QR code", () => {
  it("draws exactly the qrcode library's matrix for the URL", () => {
    const { modules } = QRCode.create(URL, { errorCorrectionLevel: "M" });
    const matrix = qrMatrix(URL);
    expect(matrix).toHaveLength(modules.size);
    matrix.forEach((row, r) => row.forEach((dark, c) => expect(dark).toBe(modules.get(r, c) === 1)));
  });

  it("the matrix decodes back to the URL", () => {
    const image = rasterise(qrMatrix(URL), 4);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(URL);
  });

  it.each([
    ["DECREE", false],
    ["FORM", false],
    ["LETTER", true],
  ] as const)("the QR code printed on a %s letter (draft: %s) scans back to the URL", async (layout, draft) => {
    const url = `https://perizinan.dairikab.go.id/verifikasi/${layout}/PM-2026-000123?h=0badc0de`;
    const pdf = await renderTemplateLetter(templateSample(layout, { draft, qr: { url, caption: "Pindai untuk memeriksa keaslian dokumen." } }));
    const page = await renderPage(pdf, 1, 3);
    expect(jsQR(page.data, page.width, page.height)?.data).toBe(url);
  });

  it("a letter without a QR code prints none", async () => {
    const pdf = await renderTemplateLetter(templateSample("DECREE", { qr: null }));
    const page = await renderPage(pdf, 1, 2);
    expect(jsQR(page.data, page.width, page.height)).toBeNull();
  });
});
