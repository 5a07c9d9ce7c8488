// ajv 6 (draft-07), the version ESLint already brings; the schema is written for draft-07.
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import checkedIn from "../../../../docs/schema/permit-type.schema.json";
import { SEED_PERMIT_TYPES, SIP_BIDAN } from "../seed";
import { PERMIT_TYPE_DOCUMENT_FORMAT, PERMIT_TYPE_SCHEMA_URL, permitTypeDocument, permitTypeDocumentJsonSchema } from "./json-schema";

const schema = permitTypeDocumentJsonSchema();
const validate = new Ajv({ allErrors: true }).compile(schema);
const at = new Date("2026-03-02T01:00:00Z");

/** A JSON round trip: what a file holds (no undefined, no shared references). */
const asFile = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe("the permit-type document's JSON Schema", () => {
  it("is the checked-in docs/schema/permit-type.schema.json (run `npm run permit-type:schema` after changing a definition schema)", () => {
    expect(checkedIn).toEqual(schema);
  });

  it("names itself and the envelope's format", () => {
    expect(schema).toMatchObject({ $schema: "http://json-schema.org/draft-07/schema#", $id: PERMIT_TYPE_SCHEMA_URL, required: ["format", "definition"] });
    expect(Object.keys(schema.definitions as object)).toEqual(["validityRule"]);
  });

  it.each(SEED_PERMIT_TYPES.map((d) => [d.code, d] as const))("accepts the export of the seeded %s", (_code, definition) => {
    const document = asFile(permitTypeDocument(definition, at));
    expect(document).toMatchObject({ $schema: PERMIT_TYPE_SCHEMA_URL, format: PERMIT_TYPE_DOCUMENT_FORMAT, exportedAt: "2026-03-02T01:00:00.000Z" });
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  const BROKEN: Array<[string, (doc: Record<string, unknown>, def: Record<string, unknown>) => void]> = [
    ["another format", (doc) => (doc.format = "perizinan.permit-type/2")],
    ["no definition", (doc) => delete doc.definition],
    ["an unknown envelope key", (doc) => (doc.version = 1)],
    ["no flow of new applications", (_doc, def) => (def.flows = {})],
    ["an unknown application kind", (_doc, def) => ((def.flows as Record<string, unknown>).UPGRADE = (def.flows as Record<string, unknown>).NEW)],
    ["a step of an unknown role", (_doc, def) => (((def.flows as { NEW: { steps: Array<Record<string, unknown>> } }).NEW.steps[0]!).role = "BUPATI")],
    ["a negative fee", (_doc, def) => (def.feeRupiah = -1)],
    ["a lower-case registration prefix", (_doc, def) => (def.registrationPrefix = "bd")],
    ["an unknown validity rule", (_doc, def) => (def.validity = { kind: "EARLIEST", of: [{ kind: "LIFETIME" }, { kind: "FOREVER" }] })],
    ["a typo in a key", (_doc, def) => (def.fee = 0)],
  ];

  it.each(BROKEN)("refuses a document with %s", (_name, breakIt) => {
    const document = asFile(permitTypeDocument(SIP_BIDAN, at));
    breakIt(document, document.definition as Record<string, unknown>);
    expect(validate(document)).toBe(false);
  });
});
