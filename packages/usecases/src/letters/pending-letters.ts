import superjson from "superjson";
import type { Db, Prisma } from "@perizinan/db";
import { renderLetter, unsignedDocumentSigner, type LetterInput, type LetterKind } from "@perizinan/letters";
import type { DocumentStorage } from "@perizinan/storage";
import type { LetterFacts, PermitFacts } from "./letter-input";
import { officeClock } from "@perizinan/domain";
import { withEmblem } from "./letterhead";

type Tx = Prisma.TransactionClient;

/** Renders a letter's PDF; the default is @perizinan/letters, tests pass one that fails. */
export type RenderLetter = (input: LetterInput) => Promise<Uint8Array>;

/**
 * A pending letter's stored input. Letters staged before the kop carried the office's clock have
 * no `letterhead.clock`: they get the zone of the letter's own office (never Jakarta by default),
 * so a retry prints the times that office keeps.
 */
async function storedLetter(db: Db, row: { input: Prisma.JsonValue; officeId: string }): Promise<LetterInput> {
  const letter = superjson.deserialize<LetterInput>(row.input as never);
  if ((letter.letterhead as Partial<LetterInput["letterhead"]>).clock) return letter;
  const office = await db.office.findUniqueOrThrow({ where: { id: row.officeId }, select: { timeZone: true } });
  return { ...letter, letterhead: { ...letter.letterhead, clock: officeClock(office.timeZone) } };
}

/** Records a letter's facts in the step's transaction: the PDF is made after the commit. */
export async function stagePendingLetter(
  tx: Tx,
  input: { officeId: string; applicationId: string; eventSeq: number; kind: LetterKind; step: number; createdById: string; createdAt: Date; isDraft: boolean; facts: LetterFacts },
): Promise<void> {
  await tx.pendingLetter.create({
    data: {
      officeId: input.officeId,
      applicationId: input.applicationId,
      eventSeq: input.eventSeq,
      kind: input.kind,
      step: input.step,
      number: input.facts.letter.number ?? null,
      isDraft: input.isDraft,
      input: superjson.serialize(input.facts.letter) as unknown as Prisma.InputJsonValue,
      permit: input.facts.permit ? (superjson.serialize(input.facts.permit) as unknown as Prisma.InputJsonValue) : undefined,
      createdById: input.createdById,
      signedById: input.facts.signedById,
      createdAt: input.createdAt,
    },
  });
}

export interface RenderOutcome {
  rendered: { id: string; kind: string; number: string | null }[];
  failed: { kind: string; number: string | null; error: string }[];
}

/**
 * Makes the PDFs of a file's pending letters, oldest first, outside any transaction that holds a
 * lock; each is then recorded in one short transaction that claims the pending row, so two
 * renderers racing for the same letter record it once. A failure is noted on the row, which stays
 * to be rendered again with the same facts and number.
 */
export async function renderPendingLetters(
  deps: { db: Db; storage: DocumentStorage; renderLetter?: RenderLetter },
  applicationId: string,
): Promise<RenderOutcome> {
  const render = deps.renderLetter ?? renderLetter;
  const pending = await deps.db.pendingLetter.findMany({ where: { applicationId }, orderBy: [{ eventSeq: "asc" }, { createdAt: "asc" }] });
  const outcome: RenderOutcome = { rendered: [], failed: [] };
  for (const row of pending) {
    try {
      const letter = await storedLetter(deps.db, row);
      let pdf = await render({ ...letter, letterhead: await withEmblem(letter.letterhead, deps.storage) });
      // The seam for a certified electronic signature (BSrE): it signs only the numbered final document.
      if (!row.isDraft && letter.signature) pdf = await unsignedDocumentSigner.sign(pdf, letter.signature);
      const stored = await deps.storage.put(pdf);
      const id = await deps.db.$transaction(async (tx) => {
        const claimed = await tx.pendingLetter.deleteMany({ where: { id: row.id } });
        if (claimed.count === 0) return null;
        const newer = await tx.issuedDocument.findFirst({ where: { applicationId, kind: row.kind, createdAt: { gt: row.createdAt } }, orderBy: { createdAt: "asc" } });
        await tx.issuedDocument.updateMany({ where: { applicationId, kind: row.kind, supersededAt: null, createdAt: { lte: row.createdAt } }, data: { supersededAt: row.createdAt } });
        const doc = await tx.issuedDocument.create({
          data: {
            officeId: row.officeId,
            applicationId,
            kind: row.kind,
            step: row.step,
            number: row.number,
            isDraft: row.isDraft,
            storageKey: stored.key,
            sha256: stored.sha256,
            sizeBytes: stored.sizeBytes,
            createdById: row.createdById,
            signedById: row.signedById,
            signedAt: letter.signature?.signedAt ?? null,
            createdAt: row.createdAt,
            supersededAt: newer ? newer.createdAt : null,
          },
        });
        if (row.permit) await tx.permit.create({ data: { ...superjson.deserialize<PermitFacts>(row.permit as never), documentSha256: stored.sha256 } });
        return doc.id;
      });
      if (id) outcome.rendered.push({ id, kind: row.kind, number: row.number });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await deps.db.pendingLetter.updateMany({ where: { id: row.id }, data: { attempts: { increment: 1 }, lastError: message.slice(0, 2000), lastTriedAt: new Date() } });
      outcome.failed.push({ kind: row.kind, number: row.number, error: message });
    }
  }
  return outcome;
}
