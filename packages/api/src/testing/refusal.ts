import { TRPCError } from "@trpc/server";
import { AppError } from "@perizinan/usecases";

/** The refusal a call ends in: its tRPC code, message, field errors and their messages as a list. */
export async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const fieldErrors = error.cause instanceof AppError ? (error.cause.fieldErrors ?? {}) : {};
    return { code: error.code, message: error.message, fieldErrors, problems: Object.values(fieldErrors) };
  }
  throw new Error("expected the call to be refused");
}
