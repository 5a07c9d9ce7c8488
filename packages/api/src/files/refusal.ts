import type { ApplyCommandResult } from "@perizinan/db/files";
import { appError } from "../errors";

/** Turns a refused command into the API error the person sees; passes a success through. */
export function unwrap<T extends ApplyCommandResult>(result: T): Extract<T, { ok: true }> {
  if (result.ok) return result as Extract<T, { ok: true }>;
  throw appError(result.code, result.message);
}
