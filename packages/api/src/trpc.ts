import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { can, type Permission } from "@perizinan/domain";
import type { Context, CurrentUser } from "./context";
import { appError } from "./errors";

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
      const listed = (error.cause as { fieldErrors?: Record<string, string> } | undefined)?.fieldErrors ?? null;
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

export const publicProcedure = t.procedure.meta({ access: "public" });

/** A logged-in applicant (portal only). */
export const applicantProcedure = t.procedure.meta({ access: "applicant" }).use(({ ctx, next }) => {
  if (!ctx.user || ctx.user.kind !== "APPLICANT") throw appError("UNAUTHORIZED");
  return next({ ctx: { ...ctx, user: ctx.user as CurrentUser } });
});

/** A logged-in staff member holding `permission` (back office only). */
export function staffProcedure(permission: Permission) {
  return t.procedure.meta({ access: "staff", permission }).use(({ ctx, next }) => {
    if (!ctx.user || ctx.user.kind !== "STAFF") throw appError("UNAUTHORIZED");
    if (!can(ctx.user, permission)) throw appError("FORBIDDEN");
    return next({ ctx: { ...ctx, user: ctx.user as CurrentUser & { officeId: string } } });
  });
}
