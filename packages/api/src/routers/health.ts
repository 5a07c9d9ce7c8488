import { publicProcedure } from "../trpc";

/** Liveness with a real round trip to the database. */
export const health = publicProcedure.query(async ({ ctx }) => {
  await ctx.db.$queryRaw`SELECT 1`;
  return { ok: true as const };
});
