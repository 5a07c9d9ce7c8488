/**
 * The one application error. Every refusal a person can meet — a domain refusal, a missing file,
 * a stale version, a form with wrong fields — is an AppError with a code, an Indonesian message
 * and, where fields are to blame, a message per field path ("checklist.KTP", "form.birthDate").
 * The API maps it to its protocol in one place.
 */
export type AppErrorCode = "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "STALE_VERSION" | "ILLEGAL_ACTION" | "INVALID_INPUT";

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHORIZED: "Silakan masuk terlebih dahulu.",
  FORBIDDEN: "Anda tidak memiliki akses untuk tindakan ini.",
  NOT_FOUND: "Data tidak ditemukan.",
  STALE_VERSION: "Berkas ini baru saja diproses oleh orang lain. Muat ulang halaman untuk melihat keadaan terbarunya; tidak ada yang diubah.",
  ILLEGAL_ACTION: "Tindakan ini tidak tersedia sekarang.",
  INVALID_INPUT: "Periksa kembali isian Anda.",
};

export class AppError extends Error {
  override readonly name = "AppError";
  readonly fieldErrors: Record<string, string> | undefined;

  constructor(
    readonly code: AppErrorCode,
    message?: string,
    fieldErrors?: Record<string, string>,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.fieldErrors = fieldErrors && Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
