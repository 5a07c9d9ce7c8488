import {
  addWorkingMinutes,
  AT_RISK_SHARE,
  sopDefinitionSchema,
  stateFromJSON,
  stateToJSON,
  stepDueAt,
  transition,
  type Actor,
  type Command,
  type FileEvent,
  type FileState,
  type SopDefinition,
  type WorkingCalendar,
} from "@perizinan/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { loadCalendar } from "./calendar";
import { refreshFileStats } from "./stats";

export type ApplyCommandRefusal = {
  ok: false;
  code: "NOT_FOUND" | "STALE_VERSION" | "FORBIDDEN" | "ILLEGAL_ACTION" | "INVALID_INPUT";
  message: string;
};
export type ApplyCommandResult = { ok: true; state: FileState; event: FileEvent; version: number } | ApplyCommandRefusal;

export const STALE_VERSION_MESSAGE =
  "Berkas ini baru saja diproses oleh orang lain. Muat ulang halaman untuk melihat keadaan terbarunya; tidak ada yang diubah.";

/**
 * A step's transaction may render and store a letter, and on the embedded database it queues
 * behind other statements: give it room rather than Prisma's 5-second default.
 */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 60_000 } as const;

/** Due and at-risk moments of the file's current step, in the office's working time. */
export function stepDeadlines(sop: SopDefinition, calendar: WorkingCalendar, state: FileState): { stepDueAt: Date | null; stepAtRiskAt: Date | null } {
  const due = stepDueAt(sop, calendar, state);
  const standard = sop.steps.find((s) => s.no === state.step)?.standardMinutes;
  if (!due || !standard) return { stepDueAt: null, stepAtRiskAt: null };
  return { stepDueAt: due, stepAtRiskAt: addWorkingMinutes(calendar, state.stepStartedAt, Math.ceil(standard * AT_RISK_SHARE)) };
}

class Refused extends Error {
  constructor(readonly refusal: ApplyCommandRefusal) {
    super(refusal.message);
  }
}

export interface ApplyCommandInput {
  applicationId: string;
  /** The version the actor saw: if someone acted since, nothing changes. */
  expectedVersion: number;
  command: Command;
  actor: Actor;
  at?: Date;
  /** The step's output as structured data, stored on the event. */
  data?: Prisma.InputJsonValue;
  ipAddress?: string;
  userAgent?: string;
  /** Work that must commit or roll back with the event (documents, agenda numbers…). */
  alsoInTransaction?: (tx: Prisma.TransactionClient, next: { state: FileState; event: FileEvent }) => Promise<void>;
}

/**
 * The one way a file changes: in one transaction, check the version, ask the domain for the
 * transition, append the event, and move the file. The event row and the file row commit
 * together or not at all.
 */
export async function applyCommand(db: Db, input: ApplyCommandInput): Promise<ApplyCommandResult> {
  const at = input.at ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const file = await tx.application.findUnique({
        where: { id: input.applicationId },
        include: { sopVersion: { select: { definition: true } } },
      });
      if (!file) throw new Refused({ ok: false, code: "NOT_FOUND", message: "Berkas tidak ditemukan." });
      if (file.version !== input.expectedVersion) {
        throw new Refused({ ok: false, code: "STALE_VERSION", message: STALE_VERSION_MESSAGE });
      }
      const sop = sopDefinitionSchema.parse(file.sopVersion.definition);
      const result = transition(sop, stateFromJSON(file.state), input.command, input.actor, at);
      if (!result.ok) throw new Refused(result);

      const calendar = await loadCalendar(tx, file.officeId);
      const nextVersion = file.version + 1;
      // The version in the WHERE clause is the guard: of two racing writers only one matches.
      const updated = await tx.application.updateMany({
        where: { id: file.id, version: input.expectedVersion },
        data: {
          version: nextVersion,
          status: result.state.status,
          currentStep: result.state.step,
          stepStartedAt: result.state.stepStartedAt,
          ...stepDeadlines(sop, calendar, result.state),
          state: stateToJSON(result.state) as Prisma.InputJsonValue,
          submittedAt: result.state.submittedAt ?? null,
          closedAt: ["ISSUED", "REJECTED", "WITHDRAWN", "REVOKED"].includes(result.state.status) ? at : null,
        },
      });
      if (updated.count !== 1) throw new Refused({ ok: false, code: "STALE_VERSION", message: STALE_VERSION_MESSAGE });

      const e = result.event;
      await tx.fileEvent.create({
        data: {
          officeId: file.officeId,
          applicationId: file.id,
          seq: nextVersion,
          actorId: e.actorId,
          actorRole: e.actorRole,
          onBehalfOf: e.onBehalfOf ?? null,
          action: e.action,
          fromStep: e.fromStep,
          toStep: e.toStep,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          at: e.at,
          note: e.note ?? null,
          reasons: e.reasons ?? [],
          data: { ...((input.data as object | undefined) ?? {}), ...(e.assignees ? { assignees: e.assignees } : {}) },
          ipAddress: input.ipAddress ?? null,
          userAgent: input.userAgent ?? null,
        },
      });
      await refreshFileStats(tx, [file.id], { calendar, sops: new Map([[file.sopVersionId, sop]]) });
      await input.alsoInTransaction?.(tx, result);
      return { ok: true as const, state: result.state, event: e, version: nextVersion };
    }, TRANSACTION_LIMITS);
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    // A unique-key clash on (applicationId, seq) is the same race seen by the database.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, code: "STALE_VERSION", message: STALE_VERSION_MESSAGE };
    }
    throw error;
  }
}
