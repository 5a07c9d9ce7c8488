import { AppError } from "../../errors";
import { Prisma } from "@perizinan/db";
import type { Context, CurrentUser } from "../../context";

/** The context every staff procedure runs with: a logged-in staff member of one office. */
export type StaffContext = Context & { user: CurrentUser & { officeId: string } };

/** A refusal of an administrator's input: the message, and where a field is to blame, that field's. */
export function refuse(message: string, fieldErrors?: Record<string, string>): AppError {
  return new AppError("INVALID_INPUT", message, fieldErrors);
}

/** A unique-key clash reported by the database (two administrators racing, or a check missed). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isRealIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Year and month (1–12) of an instant on the office's wall clock. */
export function localYearMonth(at: Date, timeZone: string): { year: number; month: number } {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).format(at).split("-");
  return { year: Number(year), month: Number(month) };
}

export const MEGABYTE = 1024 * 1024;
