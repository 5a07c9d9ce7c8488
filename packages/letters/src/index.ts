export {
  type DocumentSigner,
  type Initial,
  type LetterClock,
  type Letterhead,
  type MonthlyReportInput,
  type Person,
  type ReportChart,
  type ReportSigner,
  type ReportTable,
  type SignatureRecord,
} from "./types";
export { renderTemplateLetter } from "./render-template";
export type { TemplateLayout, TemplateLetterInput, TemplateList, TemplateSignatory } from "./template-types";
export { renderMonthlyReport } from "./report";
export { formatIndonesianDate, formatNip } from "./format";
export { unsignedDocumentSigner } from "./signer";
