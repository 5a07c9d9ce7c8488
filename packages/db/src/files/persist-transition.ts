import { assignmentColumns, stateToJSON, stepDeadlines, type FileEvent, type FileState, type SopDefinition, type WorkingCalendar } from "@perizinan/domain";
import { type Prisma, type FileEvent as FileEventRow } from "../generated/prisma/client";
import { refreshFileStats } from "./stats";

type Tx = Prisma.TransactionClient;

export class StaleVersionError extends Error {
  override readonly name = "StaleVersionError";
}

export interface TransitionToPersist {
  file: { id: string; officeId: string; permitTypeId: string; sopVersionId: string; version: number; events: FileEventRow[] };
  sop: SopDefinition;
  calendar: WorkingCalendar;
  state: FileState;
  event: FileEvent;
  /** Facts stored on the event row (checklist, output, registration number…). */
  data?: Record<string, unknown>;
  /** File columns that change with the transition (the registration number at submission). */
  columns?: { registrationNumber?: string };
  audit?: { ipAddress?: string | null; userAgent?: string | null };
}

/**
 * Writes a decided transition: the file's new state (guarded by its version: of two racing
 * writers only one matches), the event row, and the dashboard rows derived from the history.
 * Throws StaleVersionError when someone else changed the file first.
 */
export async function persistTransition(tx: Tx, t: TransitionToPersist): Promise<{ version: number; eventRow: FileEventRow }> {
  const version = t.file.version + 1;
  const updated = await tx.application.updateMany({
    where: { id: t.file.id, version: t.file.version },
    data: {
      version,
      status: t.state.status,
      currentStep: t.state.step,
      stepStartedAt: t.state.stepStartedAt,
      ...stepDeadlines(t.sop, t.calendar, t.state),
      state: stateToJSON(t.state) as Prisma.InputJsonValue,
      submittedAt: t.state.submittedAt ?? null,
      closedAt: t.state.closedAt,
      ...assignmentColumns(t.state),
      ...t.columns,
    },
  });
  if (updated.count !== 1) throw new StaleVersionError();
  const e = t.event;
  const eventRow = await tx.fileEvent.create({
    data: {
      officeId: t.file.officeId,
      applicationId: t.file.id,
      seq: version,
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
      data: { ...(t.data ?? {}), ...(e.assignees ? { assignees: e.assignees } : {}) },
      ipAddress: t.audit?.ipAddress ?? null,
      userAgent: t.audit?.userAgent ?? null,
    },
  });
  await refreshFileStats(tx, [t.file.id], {
    calendar: t.calendar,
    sops: new Map([[t.file.sopVersionId, t.sop]]),
    file: { ...t.file, state: stateToJSON(t.state) as Prisma.JsonValue },
    events: [...t.file.events, eventRow],
  });
  return { version, eventRow };
}
