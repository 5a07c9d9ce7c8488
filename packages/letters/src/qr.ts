import QRCode from "qrcode";

/**
 * The QR symbol for a URL as a square of modules (true = dark), row by row. The letter draws
 * exactly this matrix as vector squares, so it stays sharp in print and adds no image to the PDF.
 * Error correction M: survives a fold or a stamp across the corner.
 */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const rows: boolean[][] = [];
  for (let r = 0; r < modules.size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < modules.size; c++) row.push(modules.get(r, c) === 1);
    rows.push(row);
  }
  return rows;
}
