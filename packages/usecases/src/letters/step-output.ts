import { z } from "zod";
import { fieldErrors, formSchema, type FieldValue, type FormField } from "@perizinan/domain";
import { AppError } from "../errors";

/** What a step's officer entered: the values of the step's `fields`, keyed by their codes. */
export const stepOutputSchema = z.record(z.string().max(60), z.unknown()).default({});
export type StepOutput = z.infer<typeof stepOutputSchema>;

/**
 * The officer's entries judged by the step's own fields (required, kinds, rules such as "not after
 * today", on the office's date); every problem at `output.<code>`. A return to the applicant asks
 * for none of them: the step has not been done.
 */
export function judgeStepOutput(fields: readonly FormField[], output: StepOutput, today: string): Record<string, FieldValue> {
  if (fields.length === 0) return {};
  const parsed = formSchema(fields, { stage: "submit", today }).safeParse(output);
  if (parsed.success) return parsed.data;
  const errors = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([code, message]) => [`output.${code}`, message]));
  throw new AppError("INVALID_INPUT", `Isian langkah ini belum lengkap: ${Object.values(errors).join(" ")}`, errors);
}
