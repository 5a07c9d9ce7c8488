import { TRPCError } from "@trpc/server";

/** The refusals the system speaks of, each with the tRPC code it maps to. */
const CODE_MAP = {
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  STALE_VERSION: "CONFLICT",
  ILLEGAL_ACTION: "PRECONDITION_FAILED",
  INVALID_INPUT: "BAD_REQUEST",
} as const;

export type AppErrorCode = keyof typeof CODE_MAP;

export const MESSAGES = {
  UNAUTHORIZED: "Silakan masuk terlebih dahulu.",
  FORBIDDEN: "Anda tidak memiliki akses untuk tindakan ini.",
  NOT_FOUND: "Data tidak ditemukan.",
} as const;

/** One place where a domain or database refusal becomes an API error with an Indonesian message. */
export function appError(code: AppErrorCode, message?: string): TRPCError {
  return new TRPCError({
    code: CODE_MAP[code],
    message: message ?? (code in MESSAGES ? MESSAGES[code as keyof typeof MESSAGES] : "Permintaan ditolak."),
    cause: { appCode: code },
  });
}
