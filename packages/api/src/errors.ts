import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { fieldErrors } from "@perizinan/domain";
import { AppError, type AppErrorCode } from "@perizinan/usecases";

export { AppError, type AppErrorCode } from "@perizinan/usecases";

/** The one mapping from the application's refusals to the protocol's codes. */
const TRPC_CODES = {
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  STALE_VERSION: "CONFLICT",
  ILLEGAL_ACTION: "PRECONDITION_FAILED",
  INVALID_INPUT: "BAD_REQUEST",
} as const satisfies Record<AppErrorCode, TRPCError["code"]>;

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: TRPC_CODES[error.code], message: error.message, cause: error });
}

/** A refusal as a form shows it: the message and the fields it names. */
export interface FormError {
  message: string;
  fieldErrors: Record<string, string>;
}

/**
 * What a server action tells its form when a procedure it called refused (an application
 * refusal or input that failed its schema); null for anything else, which the action rethrows.
 */
export function formErrorOf(error: unknown): FormError | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof AppError) return { message: cause.message, fieldErrors: cause.fieldErrors ?? {} };
  if (cause instanceof ZodError) return { message: "Periksa kembali isian yang ditandai.", fieldErrors: fieldErrors(cause) };
  return null;
}
