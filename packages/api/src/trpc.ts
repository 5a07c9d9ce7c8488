import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { can, type Permission } from "@perizinan/domain";
import type { Context, CurrentUser } from "./context";
import { AppError, toTRPCError } from "./errors";

/**
 * Every procedure declares who may call it. The router walk test reads this meta and fails the
 * build for any back-office procedure that names no permission.
 */
export type ProcedureMeta = { access: "public" } | { access: "applicant" } | { access: "staff"; permission: Permission };

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const zod = error.cause instanceof ZodError ? error.cause : null;
      const listed = error.cause instanceof AppError ? (error.cause.fieldErrors ?? null) : null;
      return {
        ...shape,
        message: zod ? "Data yang dikirim tidak valid. Periksa isian yang ditandai." : shape.message,
        data: {
          ...shape.data,
          // Field-level messages for forms; never a stack trace.
          fieldErrors: zod ? Object.fromEntries(zod.issues.map((i) => [i.path.join("."), i.message])) : listed,
          stack: undefined,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The one place an application refusal (AppError, from the use cases or a procedure) becomes a
 * tRPC error: its code mapped, its Indonesian message and field errors kept.
 */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) throw toTRPCError(result.error.cause);
  return result;
});

const base = t.procedure.use(appErrors);

export const publicProcedure = base.meta({ access: "public" });

/** A logged-in applicant (portal only). */
export const applicantProcedure = base.meta({ access: "applicant" }).use(({ ctx, next }) => {
  if (!ctx.user || ctx.user.kind !== "APPLICANT") throw new AppError("UNAUTHORIZED");
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A logged-in staff member holding `permission` (back office only). */
export function staffProcedure(permission: Permission) {
  return base.meta({ access: "staff", permission }).use(({ ctx, next }) => {
    if (!ctx.user || ctx.user.kind !== "STAFF") throw new AppError("UNAUTHORIZED");
    if (!can(ctx.user, permission)) throw new AppError("FORBIDDEN");
    return next({ ctx: { ...ctx, user: ctx.user as CurrentUser & { officeId: string } } });
  });
}
