import { Prisma } from "@perizinan/db";
import type { DashboardScope } from "./scope";

/** `AND "permitTypeId" = …` when the dashboard is narrowed to one permit type. */
export function permitFilter(scope: DashboardScope, alias = ""): Prisma.Sql {
  const column = Prisma.raw(`${alias ? `${alias}.` : ""}"permitTypeId"`);
  return scope.permitTypeId ? Prisma.sql`AND ${column} = ${scope.permitTypeId}` : Prisma.empty;
}

/** Postgres returns counts as bigint and percentiles as double or null; the dashboard speaks numbers. */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
export const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
/** A share 0–1, or null when there is nothing to share. */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
