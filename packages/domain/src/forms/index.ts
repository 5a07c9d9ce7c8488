export { checkNik, NIK_MESSAGES, type NikProblem } from "./nik";
export {
  applicationDraftSchema,
  applicationFormSchema,
  changePasswordSchema,
  emailSchema,
  fieldErrors,
  mobileNumberSchema,
  nikSchema,
  PASSWORD_RULE,
  passwordSchema,
  registrationSchema,
  STR_EXPIRED_MESSAGE,
  type ApplicationDraft,
  type ApplicationForm,
} from "./applicant-forms";
