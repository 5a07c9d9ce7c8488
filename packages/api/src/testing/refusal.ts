import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { AppError } from "@perizinan/usecases";

/** The refusal a call ends in: its tRPC code, message, field errors and their messages as a list. */
export async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    // As the client receives them: a use case's own field errors, or the input schema's, first per field.
    const fieldErrors: Record<string, string> =
      error.cause instanceof AppError
        ? (error.cause.fieldErrors ?? {})
        : error.cause instanceof ZodError
          ? Object.fromEntries([...error.cause.issues].reverse().map((i) => [i.path.join("."), i.message]))
          : {};
    return { code: error.code, message: error.message, fieldErrors, problems: Object.values(fieldErrors) };
  }
  throw new Error("expected the call to be refused");
}
