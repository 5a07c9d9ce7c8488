import PDFDocument from "pdfkit";
import { PNG } from "pngjs";

/** Where the seed puts the bytes of its demo documents: the app's document storage (structurally). */
export interface DemoDocumentStore {
  put(bytes: Uint8Array): Promise<{ key: string; sha256: string; sizeBytes: number }>;
}

export interface DemoDocument {
  bytes: Buffer;
  mimeType: string;
  displayName: string;
}

/** A one-page PDF saying what it stands for, so a clerk opening a demo file sees a readable "scan". */
function labelledPdf(title: string, lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // A fixed date keeps the bytes, and so the content-addressed key, the same on every seed.
    const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: title, CreationDate: new Date("2026-01-01T00:00:00Z") } });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.font("Helvetica-Bold").fontSize(16).text(title);
    doc.moveDown().font("Helvetica").fontSize(11);
    for (const line of lines) doc.text(line);
    doc.moveDown().fillColor("#b91c1c").text("DOKUMEN CONTOH — BUKAN DOKUMEN ASLI");
    doc.end();
  });
}

/** A 4x6 "pas foto": a head-and-shoulders silhouette on the red background offices ask for. */
function passPhotoPng(width = 240, height = 360): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const head = ((x - width / 2) / (width * 0.2)) ** 2 + ((y - height * 0.36) / (height * 0.17)) ** 2 <= 1;
      const shoulders = y > height * 0.62 && ((x - width / 2) / (width * 0.48)) ** 2 + ((y - height) / (height * 0.36)) ** 2 <= 1;
      const [r, g, b] = head ? [224, 182, 150] : shoulders ? [40, 48, 72] : [196, 30, 36];
      png.data.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

/**
 * The demo document for one requirement of one demo file: a photo where only an image will do
 * (or the requirement is the pas foto), a labelled PDF otherwise.
 */
export async function demoDocument(requirement: { code: string; name: string; mimeTypes: readonly string[] }, fileId: string, holder: string): Promise<DemoDocument> {
  const slug = requirement.code.toLowerCase().replace(/_/g, "-");
  if (!requirement.mimeTypes.includes("application/pdf") || requirement.code.includes("FOTO")) {
    return { bytes: passPhotoPng(), mimeType: "image/png", displayName: `${slug}.png` };
  }
  const bytes = await labelledPdf(requirement.name, [`Atas nama: ${holder}`, `Berkas contoh: ${fileId}`]);
  return { bytes, mimeType: "application/pdf", displayName: `${slug}.pdf` };
}
