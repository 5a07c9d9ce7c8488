import { staffProcedure } from "../../../trpc";
import { localYearMonth } from "../shared";
import { exampleNumber } from "./format";

/** The office's agenda books: format, numbers given this year, and what the next number looks like. */
export const list = staffProcedure("agendaBook.manage").query(async ({ ctx }) => {
  const officeId = ctx.user.officeId;
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
  const now = localYearMonth(new Date(), office.timeZone);
  const books = await ctx.db.agendaBook.findMany({
    where: { officeId },
    include: { permitType: { select: { name: true } }, _count: { select: { entries: { where: { year: now.year } } } } },
    orderBy: [{ permitTypeId: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
  return {
    year: now.year,
    books: books.map((b) => ({
      id: b.id,
      code: b.code,
      // A type's own book is part of its definition; the office's books are shared by every type.
      kindLabel: b.permitTypeId ? "Buku jenis izin" : "Buku kantor (dipakai semua jenis izin)",
      name: b.name,
      permitTypeName: b.permitType?.name ?? null,
      format: b.format,
      givenThisYear: b._count.entries,
      example: exampleNumber(b.format, b._count.entries + 1, now),
    })),
  };
});
