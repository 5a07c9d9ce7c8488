export { checkNik, NIK_MESSAGES, type NikProblem } from "./nik";
export {
  changePasswordSchema,
  emailSchema,
  fieldErrors,
  mobileNumberSchema,
  nikSchema,
  PASSWORD_RULE,
  passwordSchema,
  registrationSchema,
} from "./applicant-forms";
