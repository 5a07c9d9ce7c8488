import { z } from "zod";
import { publishRevision } from "@perizinan/usecases";
import { AppError } from "../../../errors";
import { staffProcedure } from "../../../trpc";
import { localYearMonth, refuse } from "../shared";
import { agendaFormatProblems, agendaFormatSchema, exampleNumber } from "./format";

/**
 * Changes a book's number format. Numbers already given keep the text they were given with; the
 * counter is untouched, so the next number continues the year's sequence. A permit type's own
 * book is part of its definition, so the change is published as the type's next version; the
 * office's shared books are the office's data.
 */
export const updateFormat = staffProcedure("agendaBook.manage")
  .input(z.object({ id: z.string().min(1).max(60), format: agendaFormatSchema }))
  .mutation(async ({ ctx, input }) => {
    const book = await ctx.db.agendaBook.findFirst({ where: { id: input.id, officeId: ctx.user.officeId }, include: { office: { select: { timeZone: true } } } });
    if (!book) throw new AppError("NOT_FOUND", "Buku agenda tidak ditemukan.");
    const problems = agendaFormatProblems(input.format);
    if (problems.length) throw refuse(problems.join(" "), { format: problems.join(" ") });
    if (book.permitTypeId) {
      await publishRevision(ctx.db, {
        officeId: ctx.user.officeId,
        permitTypeId: book.permitTypeId,
        by: ctx.user.id,
        revise: (definition) => ({ ...definition, books: definition.books.map((b) => (b.code === book.code && b.scope === "PERMIT_TYPE" ? { ...b, format: input.format } : b)) }),
      });
    } else {
      await ctx.db.agendaBook.update({ where: { id: book.id }, data: { format: input.format } });
    }
    const now = localYearMonth(new Date(), book.office.timeZone);
    const given = await ctx.db.agendaEntry.count({ where: { bookId: book.id, year: now.year } });
    return { id: book.id, format: input.format, example: exampleNumber(input.format, given + 1, now) };
  });
