export {
  LETTER_KINDS,
  LETTER_TITLES,
  type Applicant,
  type BeritaAcaraInput,
  type DisposisiInput,
  type DocumentSigner,
  type Initial,
  type IzinInput,
  type LetterClock,
  type LetterInput,
  type LetterKind,
  type Letterhead,
  type MonthlyReportInput,
  type PenolakanInput,
  type PermintaanRekomendasiInput,
  type Person,
  type RekomendasiInput,
  type ReportChart,
  type ReportSigner,
  type ReportTable,
  type ResiInput,
  type SignatureRecord,
} from "./types";
export { renderLetter } from "./render";
export { renderMonthlyReport } from "./report";
export { formatIndonesianDate, formatNip } from "./format";
export { unsignedDocumentSigner } from "./signer";
