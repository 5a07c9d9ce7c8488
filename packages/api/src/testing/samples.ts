import { minimalPng } from "@perizinan/storage/testing";

/**
 * Small but genuine documents for upload tests. The PDF carries a label so that each requirement's
 * upload has its own content (and so its own SHA-256 key).
 */
export function samplePdf(text = "Dokumen contoh"): Uint8Array {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A 1×1 PNG, as the storage package's sniffing tests use. */
export const samplePng = (): Uint8Array => minimalPng();

export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
