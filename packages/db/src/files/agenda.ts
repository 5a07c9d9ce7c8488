import type { Prisma } from "../generated/prisma/client";

export const AGENDA_KINDS = ["PERMIT", "OUTGOING_LETTER"] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** The agenda books this database keeps today; a permit type naming another book cannot number yet. */
export function isAgendaKind(book: string): book is AgendaKind {
  return (AGENDA_KINDS as readonly string[]).includes(book);
}

/** `503/{seq}/SIK-PM/DPMPTSP/{year}` → `503/7/SIK-PM/DPMPTSP/2026`. `{month}` gives the Roman month. */
export function formatAgendaNumber(format: string, seq: number, at: { year: number; month: number }): string {
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][at.month - 1] ?? "";
  return format.replaceAll("{seq}", String(seq)).replaceAll("{year}", String(at.year)).replaceAll("{month}", roman);
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
  input: { officeId: string; kind: AgendaKind; permitTypeId: string | null; at: Date; applicationId?: string },
): Promise<{ number: string; seq: number; year: number; bookId: string }> {
  const book = await tx.agendaBook.findFirst({
    where: { officeId: input.officeId, kind: input.kind, ...(input.kind === "PERMIT" ? { permitTypeId: input.permitTypeId } : {}) },
    include: { office: { select: { timeZone: true } } },
    orderBy: { permitTypeId: "asc" },
  });
  if (!book) throw new Error(`Buku agenda ${input.kind === "PERMIT" ? "penomoran izin" : "surat keluar"} belum diatur untuk kantor ini.`);
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
