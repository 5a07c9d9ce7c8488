import type { DocumentSigner } from "./types";

/**
 * The signer used until a certified electronic signature (BSrE, via its signing service) is
 * connected: it returns the PDF unchanged. The letter still shows who signed and when (the
 * SignatureRecord), and the verification page proves a copy genuine by its SHA-256; see README.md
 * for where a BSrE signer plugs in.
 */
export const unsignedDocumentSigner: DocumentSigner = {
  sign(pdf) {
    return Promise.resolve(pdf);
  },
};
