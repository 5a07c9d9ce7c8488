import type { ActionName } from "../actions";
import type { FileStatus } from "../file-status";
import type { FormField } from "../permit-type/form";
import type { Role } from "../roles";

/**
 * The code of an agenda book a step numbers from (a book of the permit type's definition). The
 * seed SOP uses "PERMIT" (the permit type's own book) and "OUTGOING_LETTER" (the office's).
 */
export type NumberKind = string;

/**
 * Where an action leads.
 * - `{ step }`: the file moves on to that step.
 * - `{ end }`: the file closes with that status (ISSUED or REJECTED).
 * - `{ resubmitTo }`: only for RETURN — the file goes back to the applicant (status RETURNED)
 *   and, once resubmitted, resumes at that step.
 */
export type StepTarget = { step: number } | { end: FileStatus } | { resubmitTo: number };

export type StepAction = {
  action: ActionName;
  to: StepTarget;
  requiresReasons?: boolean;
  /** Who performs it when not the step's own role, e.g. the counter recording the applicant's receipt. */
  by?: Role;
};

export interface StepMarkers {
  /** Completing this step signs the decisive letter; withdrawal can be blocked from then on. */
  signs?: boolean;
  /** Completing this step takes a number from the named agenda book. */
  numbers?: NumberKind;
  /** The applicant receives a letter here, online or at the counter. */
  receipt?: boolean;
  /** Steps sharing a chain id form one initial-and-sign chain: a person may act in one role only within it. */
  signatureChain?: string;
  /** Completing this step names the members of that role who alone may work the file from then on. */
  assignsTeam?: Role;
  /** The applicant's own step: its time is not the office's time. */
  applicantStep?: boolean;
  /**
   * The document this step's output is (a letter kind the API knows how to render, e.g.
   * "RESI_PENERIMAAN"). A letter produced before the step that numbers it is a draft.
   */
  produces?: string;
  /** The signature chain whose initials (paraf) and signature the produced letter carries. */
  letterChain?: string;
  /** A warning of the SOP that names this step (its *Peringatan*): dashboards call the step out with it. */
  warning?: string;
}

export interface SopStep {
  no: number;
  activity: string;
  role: Role;
  inputs: string[];
  standardMinutes: number;
  output: string;
  /** Listed in order of likelihood: the first forward action is the expected path (used for estimates). */
  actions: StepAction[];
  markers?: StepMarkers;
  roleReadingNote?: string;
  /**
   * What the step's officer enters besides choosing an action (a disposition's instruction, an
   * inspection's date and findings), as form-field descriptors; letters print them as `{langkah.<code>}`.
   */
  fields?: FormField[];
}

export interface ResubmitRule {
  role: Role;
}

export interface WithdrawRule {
  role: Role;
  allowedStatuses: FileStatus[];
  requiresReasons?: boolean;
  /** Withdrawal is refused once a step carrying this marker has been completed. */
  blockedAfterMarker?: "signs";
  /** Withdrawal is refused once the file has entered this step (the head of e.g. the rejection path). */
  blockedOnPathOf?: number;
}

export interface RevokeRule {
  role: Role;
  fromStatus: FileStatus;
  requiresReasons?: boolean;
}

export interface SopDefinition {
  code: string;
  version: number;
  title: string;
  permitTypeName: string;
  documentNumber: string;
  legalBasis: string[];
  approvedBy?: string;
  notes?: string[];
  /** The first listed step is where every file starts; completing it submits the file. */
  steps: SopStep[];
  resubmit?: ResubmitRule;
  withdraw?: WithdrawRule;
  revoke?: RevokeRule;
}
