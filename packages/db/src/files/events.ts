import type { FileEvent } from "@perizinan/domain";
import type { FileEvent as FileEventRow } from "../generated/prisma/client";

/** A stored event as the domain knows it, for replay, timelines and service-standard figures. */
export function toDomainEvent(row: FileEventRow): FileEvent {
  const data = (row.data ?? {}) as { assignees?: string[] };
  return {
    actorId: row.actorId,
    actorRole: row.actorRole,
    ...(row.onBehalfOf ? { onBehalfOf: "PEMOHON" as const } : {}),
    action: row.action as FileEvent["action"],
    fromStep: row.fromStep,
    toStep: row.toStep,
    fromStatus: row.fromStatus as FileEvent["fromStatus"],
    toStatus: row.toStatus as FileEvent["toStatus"],
    at: row.at,
    ...(row.note ? { note: row.note } : {}),
    ...(row.reasons.length ? { reasons: row.reasons } : {}),
    ...(data.assignees ? { assignees: data.assignees } : {}),
  };
}
