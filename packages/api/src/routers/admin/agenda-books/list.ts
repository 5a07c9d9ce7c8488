import { staffProcedure } from "../../../trpc";
import { localYearMonth } from "../shared";
import { exampleNumber } from "./format";

const KIND_LABELS = { PERMIT: "Penomoran izin", OUTGOING_LETTER: "Surat keluar" } as const;

/** The office's agenda books: format, numbers given this year, and what the next number looks like. */
export const list = staffProcedure("agendaBook.manage").query(async ({ ctx }) => {
  const officeId = ctx.user.officeId;
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
  const now = localYearMonth(new Date(), office.timeZone);
  const books = await ctx.db.agendaBook.findMany({
    where: { officeId },
    include: { permitType: { select: { name: true } }, _count: { select: { entries: { where: { year: now.year } } } } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  return {
    year: now.year,
    books: books.map((b) => ({
      id: b.id,
      kind: b.kind,
      kindLabel: KIND_LABELS[b.kind],
      name: b.name,
      permitTypeName: b.permitType?.name ?? null,
      format: b.format,
      givenThisYear: b._count.entries,
      example: exampleNumber(b.format, b._count.entries + 1, now),
    })),
  };
});
