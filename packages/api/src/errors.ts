import { TRPCError } from "@trpc/server";
import { type AppError, type AppErrorCode } from "@perizinan/usecases";

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
