import type { Prisma } from "../generated/prisma/client";

const ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** `503/{seq}/IZN/DPMPTSP/{year}` → `503/7/IZN/DPMPTSP/2026`. `{month}` gives the Roman month (XII). */
export function formatAgendaNumber(format: string, seq: number, at: { year: number; month: number }): string {
  return format.replaceAll("{seq}", String(seq)).replaceAll("{year}", String(at.year)).replaceAll("{month}", ROMAN_MONTHS[at.month - 1] ?? "");
}

function localYearMonth(at: Date, timeZone: string): { year: number; month: number } {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).format(at).split("-");
  return { year: Number(year), month: Number(month) };
}

/**
 * Takes the next number from an agenda book, inside the caller's transaction. The counter row is
 * incremented with one atomic upsert, which locks it until the transaction ends: concurrent
 * allocations queue behind each other, and a transaction that rolls back gives its number back —
 * so a year's numbers run 1, 2, 3… with no gaps and no duplicates. A number is therefore taken
 * only when the step that gives it commits.
 */
export async function allocateAgendaNumber(
  tx: Prisma.TransactionClient,
  input: { officeId: string; book: string; scope: "PERMIT_TYPE" | "OFFICE"; permitTypeId: string; at: Date; applicationId?: string },
): Promise<{ number: string; seq: number; year: number; bookId: string }> {
  const book = await tx.agendaBook.findFirst({
    where: { officeId: input.officeId, code: input.book, permitTypeId: input.scope === "OFFICE" ? null : input.permitTypeId },
    include: { office: { select: { timeZone: true } } },
  });
  if (!book) throw new Error(`Buku agenda ${input.book} belum diatur untuk kantor ini.`);
  const when = localYearMonth(input.at, book.office.timeZone);
  const rows = await tx.$queryRaw<Array<{ lastSeq: number }>>`
    INSERT INTO "AgendaCounter" ("bookId", "year", "lastSeq") VALUES (${book.id}, ${when.year}, 1)
    ON CONFLICT ("bookId", "year") DO UPDATE SET "lastSeq" = "AgendaCounter"."lastSeq" + 1
    RETURNING "lastSeq"`;
  const seq = Number(rows[0]!.lastSeq);
  const number = formatAgendaNumber(book.format, seq, when);
  await tx.agendaEntry.create({
    data: { bookId: book.id, year: when.year, seq, number, applicationId: input.applicationId ?? null },
  });
  return { number, seq, year: when.year, bookId: book.id };
}
