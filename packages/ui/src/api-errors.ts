/** What the API says when it refuses: field-level messages and the sentence for the person. */
/** Field-level messages the API attached to a refusal (zod or completeness), keyed by field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const data = (error as { data?: { fieldErrors?: Record<string, string> | null } } | null)?.data;
  return data?.fieldErrors ?? {};
}
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "Terjadi kesalahan. Coba lagi.";
}
