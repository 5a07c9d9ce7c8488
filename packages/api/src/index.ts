export { createContext, type Context, type CurrentUser, type AppKind } from "./context";
export { portalRouter, type PortalRouter } from "./portal";
export { backofficeRouter, type BackofficeRouter } from "./backoffice";
export { createCallerFactory, type ProcedureMeta } from "./trpc";
export { createRequestContext, databaseIsUp } from "./request-context";
export { uploadIntakeDocument, uploadRequirementDocument, type UploadResult } from "./documents/upload";
export { readDocument, documentHeaders, type ServedDocument } from "./documents/read";
export { dashboardCsv, dashboardMonthlyPdf, exportRefusal, type ExportFile } from "./dashboard/export";
export { formErrorOf, type FormError } from "./errors";
