import type { ActionName } from "../actions";
import type { FileStatus } from "../file-status";
import type { Role } from "../roles";
import type { Effect } from "./effects";
import type { FileState } from "./state";

export type Command = {
  action: ActionName;
  note?: string;
  /** Required for RETURN (per requirement not met), REJECT, WITHDRAW and REVOKE, as the SOP data says. */
  reasons?: string[];
  /** Actor ids of the team members assigned when completing an `assignsTeam` step. */
  assignees?: string[];
};

export type FileEvent = {
  actorId: string;
  /** The role the actor acted in (an actor may hold several). */
  actorRole: Role;
  /** Set when the counter records what the applicant did in person (receipt signed in the Buku Ekspedisi). */
  onBehalfOf?: "PEMOHON";
  action: ActionName;
  fromStep: number;
  /** The step the file is at afterwards; null once it is closed. */
  toStep: number | null;
  fromStatus: FileStatus;
  toStatus: FileStatus;
  at: Date;
  note?: string;
  reasons?: string[];
  assignees?: string[];
};

export type RefusalCode = "FORBIDDEN" | "ILLEGAL_ACTION" | "INVALID_INPUT";

export type TransitionResult =
  | { ok: true; state: FileState; event: FileEvent; effects: Effect[] }
  | { ok: false; code: RefusalCode; message: string };
