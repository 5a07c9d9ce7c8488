import {
  requireStep,
  stateFromJSON,
  transition,
  type Actor,
  type Command,
  type Effect,
  type FileEvent,
  type FileState,
  type PermitTypeDefinition,
  type SopDefinition,
} from "@perizinan/domain";
import { Prisma, type Db } from "@perizinan/db";
import { allocateAgendaNumber, loadCalendar, persistTransition, StaleVersionError, toDomainEvent } from "@perizinan/db/files";
import type { DocumentStorage } from "@perizinan/storage";
import { portalUrl } from "../config";
import { AppError } from "../errors";
import { letterFacts } from "../letters/letter-input";
import { renderPendingLetters, stagePendingLetter, type RenderLetter, type RenderOutcome } from "../letters/pending-letters";
import { writeTransitionNotices } from "../notices";
import { loadDefinition } from "../permit-types/definitions";
import { loadSop } from "../sop-cache";

type Tx = Prisma.TransactionClient;

export interface UseCaseDeps {
  db: Db;
  storage: DocumentStorage;
  /** Tests replace the PDF renderer (e.g. with one that fails); the default is @perizinan/letters. */
  renderLetter?: RenderLetter;
}

/** The file row as the change reads it, with its history: read once per change. */
export type FileForChange = NonNullable<Awaited<ReturnType<typeof readFile>>>;

export interface FileChange {
  fileId: string;
  /** The version the actor saw: if someone acted since, nothing changes. */
  expectedVersion: number;
  command: Command;
  actor: Actor;
  at?: Date;
  audit?: { ipAddress?: string | null; userAgent?: string | null };
  /**
   * Checks on the file as this transaction sees it, before the domain is asked (whose file it
   * is, completeness…): throw an AppError to refuse, and nothing will have changed. What it
   * returns is added to the command and to the event's facts (reasons from a checklist).
   */
  prepare?: (tx: Tx, file: FileForChange, sop: SopDefinition) => Promise<Amendment | void> | Amendment | void;
  /** Facts stored on the event (checklist, output, registration number). */
  data?: Record<string, unknown>;
  /** File columns that change with this transition (the registration number at submission). */
  columns?: { registrationNumber?: string };
}

export interface Amendment {
  reasons?: string[];
  data?: Record<string, unknown>;
  columns?: FileChange["columns"];
}

export interface FileChangeResult {
  state: FileState;
  event: FileEvent;
  version: number;
  /** The letters the step produced: rendered after the commit, or pending with the reason. */
  letters: RenderOutcome;
}

/**
 * Transactions that take an agenda number queue on its counter row; they wait for each other
 * rather than fail. Rendering is never inside, so these stay short.
 */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 30_000 } as const;

function readFile(tx: Tx, id: string) {
  return tx.application.findUnique({ where: { id }, include: { events: { orderBy: { seq: "asc" } } } });
}

/**
 * The one way a file changes — submit, resubmit, withdraw, every step action, receipt, revoke,
 * counter intake. In one transaction: read the file and its history once, its SOP version from the
 * cache and the calendar once; ask the domain; persist state, event and derived rows; carry out
 * the effects the domain names (numbers, letter facts, the permit record). After the commit the
 * step's letters are rendered outside any lock. Refusals are AppErrors; nothing has changed then.
 */
export async function changeFile(deps: UseCaseDeps, change: FileChange): Promise<FileChangeResult> {
  const at = change.at ?? new Date();
  let committed: Omit<FileChangeResult, "letters">;
  try {
    committed = await deps.db.$transaction(async (tx) => {
      const file = await readFile(tx, change.fileId);
      if (!file) throw new AppError("NOT_FOUND", "Berkas tidak ditemukan.");
      if (file.version !== change.expectedVersion) throw new AppError("STALE_VERSION");
      const sop = await loadSop(tx, file.sopVersionId);
      const amendment = (await change.prepare?.(tx, file, sop)) ?? {};
      const reasons = [...(amendment.reasons ?? []), ...(change.command.reasons ?? [])];
      const command: Command = { ...change.command, ...(reasons.length ? { reasons } : {}) };

      const before = stateFromJSON(file.state);
      const result = transition(sop, before, command, change.actor, at);
      if (!result.ok) throw new AppError(result.code, result.message);

      const calendar = await loadCalendar(tx, file.officeId);
      const columns = { ...change.columns, ...amendment.columns };
      const { version } = await persistTransition(tx, {
        file,
        sop,
        calendar,
        state: result.state,
        event: result.event,
        data: { ...(change.data ?? {}), ...(amendment.data ?? {}) },
        columns,
        ...(change.audit ? { audit: change.audit } : {}),
      });
      const e = result.event;
      const definition = await loadDefinition(tx, file.permitTypeVersionId);
      const { number } = await carryOut(tx, result.effects, { file, sop, definition, event: e, eventSeq: version });
      // The notices are written with the event: an unreachable mail server never fails a step, and no event goes untold.
      await writeTransitionNotices(tx, {
        file,
        registrationNumber: columns.registrationNumber ?? file.registrationNumber,
        sop,
        definition,
        calendar,
        before,
        after: result.state,
        effects: result.effects,
        events: [...file.events.map(toDomainEvent), e],
        eventSeq: version,
        number,
        at,
      });
      return { state: result.state, event: e, version };
    }, TRANSACTION_LIMITS);
  } catch (error) {
    // Someone changed the file first: the version guard, or the unique (applicationId, seq) seen by the database.
    if (error instanceof StaleVersionError) throw new AppError("STALE_VERSION");
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("STALE_VERSION");
    throw error;
  }
  const letters = await renderPendingLetters(deps, change.fileId);
  return { ...committed, letters };
}

interface EffectContext {
  file: FileForChange;
  sop: SopDefinition;
  definition: PermitTypeDefinition;
  event: FileEvent;
  eventSeq: number;
}

/** The effects of one transition, inside its transaction. A number is taken before the letter it goes on. */
async function carryOut(tx: Tx, effects: readonly Effect[], ctx: EffectContext): Promise<{ number: string | null }> {
  let number: string | null = null;
  const { definition } = ctx;
  const take = effects.find((x) => x.type === "TAKE_NUMBER");
  if (take) {
    const book = definition.books.find((b) => b.code === take.book);
    if (!book) throw new AppError("ILLEGAL_ACTION", `Buku agenda ${take.book} tidak ada pada definisi jenis izin ini.`);
    try {
      number = (await allocateAgendaNumber(tx, { officeId: ctx.file.officeId, book: book.code, scope: book.scope, permitTypeId: ctx.file.permitTypeId, at: ctx.event.at, applicationId: ctx.file.id })).number;
    } catch (error) {
      throw new AppError("ILLEGAL_ACTION", error instanceof Error ? error.message : String(error));
    }
  }
  for (const effect of effects) {
    switch (effect.type) {
      case "TAKE_NUMBER":
        break;
      case "PRODUCE_LETTER": {
        const step = requireStep(ctx.sop, ctx.event.fromStep);
        const facts = await letterFacts(
          { tx, applicationId: ctx.file.id, definition, sop: ctx.sop, event: ctx.event, letter: effect.letter, chain: effect.chain ?? null, draft: effect.draft, number, portalUrl: portalUrl() },
          effects.some((x) => x.type === "RECORD_PERMIT"),
        );
        await stagePendingLetter(tx, {
          officeId: ctx.file.officeId,
          applicationId: ctx.file.id,
          eventSeq: ctx.eventSeq,
          kind: effect.letter,
          step: step.no,
          createdById: ctx.event.actorId,
          createdAt: ctx.event.at,
          isDraft: effect.draft,
          facts,
        });
        break;
      }
      case "RECORD_PERMIT":
        // Recorded with the permit's PDF (its hash goes on the record), from the pending letter.
        break;
      case "REVOKE_PERMIT":
        await tx.permit.update({
          where: { applicationId: ctx.file.id },
          data: { revokedAt: ctx.event.at, revokedReason: effect.reasons.join("; "), revokedById: ctx.event.actorId },
        });
        break;
    }
  }
  return { number };
}
