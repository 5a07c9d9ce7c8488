import { z } from "zod";
import { staffProcedure } from "../../../trpc";
import { localYearMonth } from "../shared";
import { agendaFormatProblems, exampleNumber } from "./format";

/** What a format would give, before saving it: an example number, or why it cannot be used. */
export const preview = staffProcedure("agendaBook.manage")
  .input(z.object({ format: z.string().trim().max(120) }))
  .query(async ({ ctx, input }) => {
    const office = await ctx.db.office.findUniqueOrThrow({ where: { id: ctx.user.officeId }, select: { timeZone: true } });
    const problems = input.format ? agendaFormatProblems(input.format) : ["Format nomor wajib diisi."];
    return {
      ok: problems.length === 0,
      problems,
      example: problems.length ? null : exampleNumber(input.format, 1, localYearMonth(new Date(), office.timeZone)),
    };
  });
