import { z } from "zod";
import { recomputeOpenDeadlines, refreshStatsAroundDate } from "@perizinan/db/files";
import { AppError } from "../../../errors";
import { HOLIDAY_TRANSACTION } from "./add";
import { staffProcedure } from "../../../trpc";

/** Removes a holiday of the administrator's office; open files' due dates and the dashboard figures follow at once. */
export const remove = staffProcedure("calendar.manage")
  .input(z.object({ id: z.string().min(1).max(60) }))
  .mutation(async ({ ctx, input }) => {
    const removed = await ctx.db.$transaction(async (tx) => {
      const holiday = await tx.holiday.findFirst({ where: { id: input.id, officeId: ctx.user.officeId } });
      if (!holiday) return { count: 0 };
      const result = await tx.holiday.deleteMany({ where: { id: holiday.id } });
      await recomputeOpenDeadlines(tx, ctx.user.officeId);
      await refreshStatsAroundDate(tx, ctx.user.officeId, holiday.date);
      return result;
    }, HOLIDAY_TRANSACTION);
    if (removed.count === 0) throw new AppError("NOT_FOUND", "Hari libur tidak ditemukan.");
    return { id: input.id };
  });
