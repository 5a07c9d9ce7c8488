import superjson from "superjson";
import type { Db, Prisma } from "@perizinan/db";
import { renderTemplateLetter, unsignedDocumentSigner, type TemplateLetterInput } from "@perizinan/letters";
import type { DocumentStorage } from "@perizinan/storage";
import type { LetterFacts, PermitFacts } from "./letter-input";
import { withEmblem } from "./letterhead";

type Tx = Prisma.TransactionClient;

/** Renders a letter's PDF; the default is @perizinan/letters, tests pass one that fails. */
export type RenderLetter = (input: TemplateLetterInput) => Promise<Uint8Array>;

/** Who signed the letter: its signature block, or the team member who signed a record in its table. */
function signatureOf(letter: TemplateLetterInput) {
  if (letter.signatory) return letter.signatory.signature ?? null;
  for (const list of letter.lists) if (list.kind === "TEAM" && list.signed) return list.signed;
  return null;
}

/**
 * The holder's pas foto, read from storage just before rendering (the facts keep its key). A
 * photo whose bytes are gone fails the render loudly, as the emblem does; a file with no photo
 * uploaded prints the empty frame.
 */
async function withPhoto(letter: TemplateLetterInput, storage: DocumentStorage): Promise<TemplateLetterInput> {
  if (!letter.photo?.key) return letter;
  const bytes = await storage.get(letter.photo.key);
  if (!bytes) throw new Error(`Pas foto (${letter.photo.key}) tidak ada di penyimpanan dokumen.`);
  return { ...letter, photo: { ...letter.photo, bytes } };
}

/** Records a letter's facts in the step's transaction: the PDF is made after the commit. */
export async function stagePendingLetter(
  tx: Tx,
  input: { officeId: string; applicationId: string; eventSeq: number; kind: string; step: number; createdById: string; createdAt: Date; isDraft: boolean; facts: LetterFacts },
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
  const render = deps.renderLetter ?? renderTemplateLetter;
  const pending = await deps.db.pendingLetter.findMany({ where: { applicationId }, orderBy: [{ eventSeq: "asc" }, { createdAt: "asc" }] });
  const outcome: RenderOutcome = { rendered: [], failed: [] };
  for (const row of pending) {
    try {
      const letter = superjson.deserialize<TemplateLetterInput>(row.input as never);
      const signature = signatureOf(letter);
      let pdf = await render(await withPhoto({ ...letter, letterhead: await withEmblem(letter.letterhead, deps.storage) }, deps.storage));
      // The seam for a certified electronic signature (BSrE): it signs only the numbered final document.
      if (!row.isDraft && signature) pdf = await unsignedDocumentSigner.sign(pdf, signature);
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
            signedAt: signature?.signedAt ?? null,
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
