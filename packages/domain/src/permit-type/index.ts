export * from "./form";
export { fieldCode, fieldConditionSchema, formFieldSchema } from "./form-schema";
export * from "./validity";
export * from "./letters";
export * from "./definition";
export { validatePermitType, type OfficeContext, type PermitTypeProblem, type PermitTypeValidation } from "./validate";
export { APPLICANT_IDENTITY_FIELDS, IDENTITY_PLACEHOLDERS, applicationFields } from "./identity";
export { PERMIT_TYPE_DOCUMENT_FORMAT, PERMIT_TYPE_SCHEMA_URL, permitTypeDocument, permitTypeDocumentJsonSchema, type PermitTypeDocument } from "./json-schema";
