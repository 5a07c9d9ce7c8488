import { z } from "zod";
import { sopDefinitionSchema } from "../sop/schema";
import { APPLICATION_KINDS, APPLICATION_KIND_LABELS, permitTypeDefinitionSchema, type PermitTypeDefinition } from "./definition";

/** The format string of an exported permit type: what an import checks first. */
export const PERMIT_TYPE_DOCUMENT_FORMAT = "perizinan.permit-type/1";
/** Where the JSON Schema of the document says it lives (`$schema` of an export; `$id` of the schema). */
export const PERMIT_TYPE_SCHEMA_URL = "https://perizinan.local/schema/permit-type.schema.json";

/** A permit type as a file: the envelope (format, when) and the definition of one version. */
export interface PermitTypeDocument {
  $schema: typeof PERMIT_TYPE_SCHEMA_URL;
  format: typeof PERMIT_TYPE_DOCUMENT_FORMAT;
  /** ISO 8601 instant of the export. */
  exportedAt: string;
  definition: PermitTypeDefinition;
}

export function permitTypeDocument(definition: PermitTypeDefinition, exportedAt: Date): PermitTypeDocument {
  return { $schema: PERMIT_TYPE_SCHEMA_URL, format: PERMIT_TYPE_DOCUMENT_FORMAT, exportedAt: exportedAt.toISOString(), definition };
}

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft-07, which editors and most validators read) of an exported permit type,
 * generated from the same zod schemas the import judges by, so the two cannot disagree on shape.
 * It describes the shape only: cross-references (a condition naming an earlier field, a letter
 * some step produces, a book with {seq}) are judged by validatePermitType on import.
 * Written to docs/schema/permit-type.schema.json by `npm run permit-type:schema`.
 */
export function permitTypeDocumentJsonSchema(): JsonSchema {
  // "input": what a document may say (an object read loosely keeps its unknown keys allowed).
  const options = { target: "draft-7", io: "input", unrepresentable: "any" } as const;
  const { $schema: _drop, definitions = {}, ...definition } = z.toJSONSchema(permitTypeDefinitionSchema, options) as JsonSchema & { definitions?: Record<string, JsonSchema> };
  const { $schema: _dropSop, ...flow } = z.toJSONSchema(sopDefinitionSchema, options) as JsonSchema;
  const properties = definition.properties as Record<string, JsonSchema>;

  // The zod schema reads flows as a loose record (validateSop judges each one); here each kind is
  // described with the SOP's own schema, so an editor can help with steps too.
  properties.flows = {
    type: "object",
    description: "Alur tiap jenis permohonan; alur permohonan baru (NEW) wajib ada.",
    properties: Object.fromEntries(APPLICATION_KINDS.map((kind) => [kind, { ...flow, description: APPLICATION_KIND_LABELS[kind] }])),
    required: ["NEW"],
    additionalProperties: false,
  };

  const renamed = readableDefinitions({ ...definition, definitions });

  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: PERMIT_TYPE_SCHEMA_URL,
    title: "Jenis izin (dokumen ekspor/impor)",
    description:
      "Satu versi definisi jenis izin beserta amplopnya, seperti dihasilkan `npm run permit-type:export` dan dibaca `npm run permit-type:import`. Skema ini memeriksa bentuk; rujukan silang (syarat ke isian, surat ke langkah, buku agenda) diperiksa saat impor.",
    type: "object",
    properties: {
      $schema: { type: "string" },
      format: { const: PERMIT_TYPE_DOCUMENT_FORMAT, description: "Format dokumen; impor menolak format lain." },
      exportedAt: { type: "string", format: "date-time" },
      definition: { ...withoutDefinitions(renamed), description: "Definisi jenis izin." },
    },
    required: ["format", "definition"],
    additionalProperties: false,
    definitions: renamed.definitions,
  };
}

/**
 * zod names the parts it has to refer to (the recursive validity rule: EARLIEST nests two)
 * __schema0…; each is named here after the property that refers to it (validity → validityRule).
 */
function readableDefinitions(schema: JsonSchema): JsonSchema & { definitions: Record<string, JsonSchema> } {
  let text = JSON.stringify(schema);
  for (const [property, value] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
    const ref = value.$ref;
    if (typeof ref !== "string") continue;
    const name = ref.slice("#/definitions/".length);
    // The references, then the definition's own key (the only place the bare name is followed by a colon).
    text = text.replaceAll(JSON.stringify(ref), JSON.stringify(`#/definitions/${property}Rule`)).replaceAll(`${JSON.stringify(name)}:`, `"${property}Rule":`);
  }
  return JSON.parse(text) as JsonSchema & { definitions: Record<string, JsonSchema> };
}

function withoutDefinitions(schema: JsonSchema): JsonSchema {
  const { definitions: _definitions, ...rest } = schema;
  return rest;
}
