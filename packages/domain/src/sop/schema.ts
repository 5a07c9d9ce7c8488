import { z } from "zod";
import { ACTION_NAMES } from "../actions";
import { FILE_STATUSES } from "../file-status";
import { formFieldSchema } from "../permit-type/form-schema";
import { ROLES } from "../roles";
import type { SopDefinition } from "./types";

const role = z.enum(ROLES, { error: (issue) => `peran "${String(issue.input)}" tidak dikenal` });
const action = z.enum(ACTION_NAMES, { error: (issue) => `tindakan "${String(issue.input)}" tidak dikenal` });
const status = z.enum(FILE_STATUSES, { error: (issue) => `status "${String(issue.input)}" tidak dikenal` });
const stepNo = z.number().int("nomor langkah harus bilangan bulat").positive("nomor langkah harus positif");
const text = z.string().trim().min(1, "tidak boleh kosong");

const target = z.union(
  [
    z.strictObject({ step: stepNo }),
    z.strictObject({ end: status }),
    z.strictObject({ resubmitTo: stepNo }),
  ],
  { error: "tujuan harus { step }, { end } atau { resubmitTo }" },
);

const stepAction = z.object({
  action,
  to: target,
  requiresReasons: z.boolean().optional(),
  by: role.optional(),
});

const markers = z.object({
  signs: z.boolean().optional(),
  // The same shape as a book's code in the permit-type definition (hyphens included).
  numbers: z.string().regex(/^[A-Z][A-Z0-9_-]{1,39}$/, "kode buku agenda tidak valid").optional(),
  receipt: z.boolean().optional(),
  signatureChain: text.optional(),
  assignsTeam: role.optional(),
  applicantStep: z.boolean().optional(),
  produces: text.optional(),
  letterChain: text.optional(),
  warning: text.optional(),
});

const step = z.object({
  no: stepNo,
  activity: text,
  role,
  inputs: z.array(text),
  standardMinutes: z
    .number()
    .int("waktu standar harus bilangan bulat (menit)")
    .positive("waktu standar harus lebih dari 0 menit"),
  output: text,
  actions: z.array(stepAction),
  markers: markers.optional(),
  roleReadingNote: text.optional(),
  fields: z.array(formFieldSchema).optional(),
});

export const sopDefinitionSchema: z.ZodType<SopDefinition> = z.object({
  code: text,
  version: z.number().int("versi harus bilangan bulat").positive("versi harus positif"),
  title: text,
  permitTypeName: text,
  documentNumber: text,
  legalBasis: z.array(text),
  approvedBy: text.optional(),
  notes: z.array(text).optional(),
  steps: z.array(step).min(1, "SOP harus memiliki paling sedikit satu langkah"),
  resubmit: z.object({ role }).optional(),
  withdraw: z
    .object({
      role,
      allowedStatuses: z.array(status).min(1, "paling sedikit satu status"),
      requiresReasons: z.boolean().optional(),
      blockedAfterMarker: z.literal("signs").optional(),
      blockedOnPathOf: stepNo.optional(),
    })
    .optional(),
  revoke: z
    .object({ role, fromStatus: status, requiresReasons: z.boolean().optional() })
    .optional(),
});

/**
 * The bare shape the graph checks need, with vocabulary left open, so that validateSop can still
 * report graph problems (duplicates, unreachable steps…) for a definition that also has schema errors.
 */
export const sopGraphShapeSchema = z.object({
  steps: z.array(
    z.object({
      no: z.number(),
      role: z.unknown().optional(),
      actions: z
        .array(
          z.object({
            action: z.unknown().optional(),
            to: z
              .object({ step: z.unknown(), end: z.unknown(), resubmitTo: z.unknown() })
              .partial()
              .catch({}),
            by: z.unknown().optional(),
          }),
        )
        .catch([]),
      markers: z
        .object({ signs: z.unknown(), receipt: z.unknown(), assignsTeam: z.unknown(), applicantStep: z.unknown() })
        .partial()
        .catch({}),
    }),
  ),
  resubmit: z.object({ role: z.unknown().optional() }).optional().catch(undefined),
  withdraw: z.object({ blockedOnPathOf: z.unknown() }).partial().optional().catch(undefined),
});

export type SopGraphShape = z.infer<typeof sopGraphShapeSchema>;
