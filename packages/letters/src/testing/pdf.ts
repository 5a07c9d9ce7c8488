// Reading rendered letters back in tests: text per page (pdfjs-dist) and page images for the QR.

import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve("pdfjs-dist/package.json"));

async function open(pdf: Uint8Array): Promise<PDFDocumentProxy> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  return getDocument({
    data: pdf.slice(),
    standardFontDataUrl: join(pdfjsRoot, "standard_fonts") + "/",
    verbosity: 0,
  }).promise;
}

/** The text of each page, items joined by single spaces. */
export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await open(pdf);
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      const text = content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
      pages.push(text);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

export interface TextItem {
  str: string;
  /** Left edge and baseline, in points from the page's top-left corner (as the layout counts). */
  x: number;
  y: number;
  width: number;
}

/** The text items of each page with their positions: to check that nothing runs off the page. */
export async function pageItems(pdf: Uint8Array): Promise<TextItem[][]> {
  const doc = await open(pdf);
  try {
    const pages: TextItem[][] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const height = page.view[3] ?? 0;
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str.trim()) continue;
        const [, , , , e = 0, f = 0] = item.transform as number[];
        items.push({ str: item.str, x: e, y: height - f, width: item.width });
      }
      pages.push(items);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

export interface PageImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** A page rasterised (RGBA) with pdfjs' own Node canvas. */
export async function renderPage(pdf: Uint8Array, pageNumber: number, scale: number): Promise<PageImage> {
  const doc = await open(pdf);
  try {
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const factory = doc.canvasFactory as {
      create(w: number, h: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
    };
    const { canvas, context } = factory.create(width, height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const image = context.getImageData(0, 0, width, height);
    return { data: image.data, width, height };
  } finally {
    await doc.destroy();
  }
}
