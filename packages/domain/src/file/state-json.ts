import { z } from "zod";
import { ACTION_NAMES } from "../actions";
import { FILE_STATUSES } from "../file-status";
import { ROLES } from "../roles";
import type { FileEvent } from "./events";
import type { FileState } from "./state";

const instant = z
  .union([z.string(), z.date()])
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()), "tanggal tidak sah");

const role = z.enum(ROLES);

const fileStateJsonSchema = z.object({
  sopCode: z.string().min(1),
  sopVersion: z.number().int().positive(),
  step: z.number().int(),
  status: z.enum(FILE_STATUSES),
  startedAt: instant,
  stepStartedAt: instant,
  submittedAt: instant.nullable(),
  updatedAt: instant,
  closedAt: instant.nullable(),
  applicantId: z.string().nullable(),
  returnedFromStep: z.number().int().nullable(),
  returnCount: z.number().int().nonnegative(),
  enteredSteps: z.array(z.number().int()),
  signed: z.boolean(),
  // Agenda book codes of the definition (any code the type names, not only the first wave's two).
  numbered: z.array(z.string().min(1)),
  chainActors: z.record(z.string(), z.record(z.string(), role)),
  assignees: z.partialRecord(role, z.array(z.string())),
});

/** The state as plain JSON (dates as ISO strings), for the database column. */
export function stateToJSON(state: FileState): unknown {
  return JSON.parse(JSON.stringify(state));
}

/** Reads a stored state back; throws (a ZodError) when the stored JSON is not a file state. */
export function stateFromJSON(json: unknown): FileState {
  return fileStateJsonSchema.parse(json);
}

const fileEventJsonSchema = z.object({
  actorId: z.string().min(1),
  actorRole: role,
  onBehalfOf: z.literal("PEMOHON").optional(),
  action: z.enum(ACTION_NAMES),
  fromStep: z.number().int(),
  toStep: z.number().int().nullable(),
  fromStatus: z.enum(FILE_STATUSES),
  toStatus: z.enum(FILE_STATUSES),
  at: instant,
  note: z.string().optional(),
  reasons: z.array(z.string()).optional(),
  assignees: z.array(z.string()).optional(),
});

export function eventToJSON(event: FileEvent): unknown {
  return JSON.parse(JSON.stringify(event));
}

export function eventFromJSON(json: unknown): FileEvent {
  return fileEventJsonSchema.parse(json);
}
