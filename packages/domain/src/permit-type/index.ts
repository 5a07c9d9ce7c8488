export * from "./form";
export { fieldCode, fieldConditionSchema, formFieldSchema } from "./form-schema";
export * from "./validity";
export * from "./letters";
export * from "./definition";
export { validatePermitType, type OfficeContext, type PermitTypeProblem, type PermitTypeValidation } from "./validate";
export { APPLICANT_IDENTITY_FIELDS, IDENTITY_PLACEHOLDERS, applicationFields } from "./identity";
