import type { SopDefinition } from "../sop/types";
import type { Command, FileEvent } from "./events";
import { transition } from "./machine";
import { type FileState, startFile } from "./state";

export type ReplayedEvent = { event: FileEvent; before: FileState; after: FileState };

/**
 * Replays recorded events one by one, handing each step to `visit`. Throws when the history does not
 * fit the SOP (a tampered log, or events recorded under another SOP version).
 */
export function walkEvents(
  sop: SopDefinition,
  events: readonly FileEvent[],
  startedAt: Date,
  visit?: (replayed: ReplayedEvent) => void,
): FileState {
  let state = startFile(sop, startedAt);
  events.forEach((event, index) => {
    const command: Command = {
      action: event.action,
      ...(event.note !== undefined ? { note: event.note } : {}),
      ...(event.reasons !== undefined ? { reasons: event.reasons } : {}),
      ...(event.assignees !== undefined ? { assignees: event.assignees } : {}),
    };
    const result = transition(sop, state, command, { id: event.actorId, roles: [event.actorRole] }, event.at);
    if (!result.ok) {
      throw new Error(`Riwayat berkas tidak sesuai SOP pada peristiwa ke-${index + 1}: ${result.message}`);
    }
    const { event: replayed } = result;
    if (
      replayed.fromStep !== event.fromStep ||
      replayed.toStep !== event.toStep ||
      replayed.fromStatus !== event.fromStatus ||
      replayed.toStatus !== event.toStatus
    ) {
      throw new Error(
        `Riwayat berkas tidak sesuai SOP pada peristiwa ke-${index + 1}: tercatat langkah ${event.fromStep}→${event.toStep}, ` +
          `SOP menghasilkan ${replayed.fromStep}→${replayed.toStep}`,
      );
    }
    visit?.({ event, before: state, after: result.state });
    state = result.state;
  });
  return state;
}

/** The state a file is in after its recorded events: the events are the source of truth. */
export function replay(sop: SopDefinition, events: readonly FileEvent[], startedAt: Date): FileState {
  return walkEvents(sop, events, startedAt);
}
