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

/** Inside a shield with a flat top and a pointed bottom, in unit coordinates (0..1 both ways). */
function inShield(u: number, v: number): boolean {
  if (v < 0 || v > 1 || u < 0 || u > 1) return false;
  if (v <= 0.55) return true;
  // Below the shoulders the sides curve in to the point at (0.5, 1).
  const half = 0.5 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.45) ** 2));
  return Math.abs(u - 0.5) <= half;
}

/** The ten corners of a five-pointed star centred at (cx, cy), point up, outer radius r. */
function starCorners(cx: number, cy: number, r: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}

/** Even-odd rule: is the point inside the polygon? */
function inPolygon(u: number, v: number, corners: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
    const [xi, yi] = corners[i]!;
    const [xj, yj] = corners[j]!;
    if (yi > v !== yj > v && u < ((xj - xi) * (v - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * A stand-in for the regional emblem: a gold-rimmed green shield with a star, clearly not any
 * real regency's lambang. The demo office prints it in its kop until an administrator uploads the
 * real one (Administrasi → Kantor).
 */
export function demoEmblemPng(width = 300, height = 360): Buffer {
  const png = new PNG({ width, height });
  const star = starCorners(0.5, 0.33, 0.2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = x / (width - 1);
      const v = y / (height - 1);
      const outer = inShield(u, v);
      const inner = inShield((u - 0.06) / 0.88, (v - 0.05) / 0.88);
      let rgba: [number, number, number, number] = [0, 0, 0, 0];
      if (outer) rgba = [201, 162, 39, 255];
      if (inner) rgba = v > 0.6 && v < 0.68 ? [201, 162, 39, 255] : [22, 101, 52, 255];
      if (inner && inPolygon(u, v, star)) rgba = [255, 255, 255, 255];
      png.data.set(rgba, (y * width + x) * 4);
    }
  }
  return PNG.sync.write(png);
}
