import { beforeAll, describe, expect, it } from "vitest";
import { PERMIT_TYPE_DOCUMENT_FORMAT, PERMIT_TYPE_SCHEMA_URL, pathsToEnds, SEED_PERMIT_TYPES, validatePermitType, type PermitTypeDefinition, type PermitTypeProblem } from "@perizinan/domain";
import { createPermitType, startDraft } from "@perizinan/usecases";
import type { TestDatabase } from "@perizinan/db/test-harness";
import { backofficeRouter } from "./backoffice";
import { createContext } from "./context";
import { portalRouter } from "./portal";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory } from "./trpc";
import { refusal } from "./testing/refusal";
import { letterPreview } from "./admin/permit-type-preview";
import { pageTexts } from "@perizinan/letters/testing";

const office = useSeededOffice("permit-type-admin");
const { storage, users } = office;
let t: TestDatabase;
let officeId: string;
let agencies: string[];
beforeAll(async () => {
  t = office.t;
  officeId = (await t.db.office.findFirstOrThrow()).id;
  agencies = (await t.db.technicalAgency.findMany({ where: { officeId } })).map((a) => a.code);
});

const SIP_BIDAN = SEED_PERMIT_TYPES.find((d) => d.code === "SIP-BIDAN")!;
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function staff(username: string) {
  return createCallerFactory(backofficeRouter)(await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: users.get(username)! }));
}
const admin = () => staff("admin");
async function applicant(email = "budi.sinaga@contoh.id") {
  return createCallerFactory(portalRouter)(await createContext({ db: t.db, storage, app: "portal", sessionUserId: users.get(email)! }));
}

/** The message lists the problem as `path: message` (definitionRefusal's wording). */
const listed = (message: string, p: PermitTypeProblem) => message.includes(p.path ? `${p.path}: ${p.message}` : p.message);

async function typeId(code: string): Promise<string> {
  return (await t.db.permitType.findUniqueOrThrow({ where: { officeId_code: { officeId, code } } })).id;
}

/** Everything an import or a publish writes, counted. */
async function footprint() {
  const [types, versions, published, sops, requirements, books] = await Promise.all([
    t.db.permitType.count(),
    t.db.permitTypeVersion.count(),
    t.db.permitTypeVersion.count({ where: { status: "PUBLISHED" } }),
    t.db.sopVersion.count(),
    t.db.requirement.count(),
    t.db.agendaBook.count(),
  ]);
  return { types, versions, published, sops, requirements, books };
}

type Doc = Record<string, unknown> & { definition: PermitTypeDefinition };

async function exportedBidan(): Promise<Doc> {
  const exported = await (await admin()).admin.permitTypes.export({ permitTypeId: await typeId("SIP-BIDAN") });
  return asJson(exported.document) as unknown as Doc;
}

describe("export and import", () => {
  it("exports the newest published definition in its envelope", async () => {
    const exported = await (await admin()).admin.permitTypes.export({ permitTypeId: await typeId("SIP-BIDAN") });
    expect(exported.fileName).toBe("SIP-BIDAN.permit-type.json");
    expect(exported.document).toMatchObject({ $schema: PERMIT_TYPE_SCHEMA_URL, format: PERMIT_TYPE_DOCUMENT_FORMAT });
    expect(Number.isNaN(Date.parse(exported.document.exportedAt))).toBe(false);
    expect(exported.document.definition).toEqual(asJson(SIP_BIDAN));
  });

  it("an unchanged export imported again is refused as no change; nothing is written", async () => {
    const before = await footprint();
    const same = await refusal((await admin()).admin.permitTypes.import({ document: await exportedBidan() }));
    expect(same.code).toBe("BAD_REQUEST");
    expect(same.message).toMatch(/tidak ada perubahan/);
    expect(await footprint()).toEqual(before);
  });

  it("imported under a new code, it becomes a new type whose version 1 is the original but for code and name", async () => {
    const doc = await exportedBidan();
    doc.definition = { ...doc.definition, code: "SIP-BIDAN-IMPOR", name: "Surat Izin Praktik Bidan (impor)" };
    const a = await admin();
    const imported = await a.admin.permitTypes.import({ document: doc });
    expect(imported).toMatchObject({ code: "SIP-BIDAN-IMPOR", version: 1, created: true });
    const back = await a.admin.permitTypes.export({ permitTypeId: imported.permitTypeId });
    expect(back.document.definition).toEqual({ ...asJson(SIP_BIDAN), code: "SIP-BIDAN-IMPOR", name: "Surat Izin Praktik Bidan (impor)" });
    const row = await t.db.permitType.findUniqueOrThrow({ where: { id: imported.permitTypeId }, include: { requirements: true, sopVersions: true } });
    expect(row).toMatchObject({ officeId, active: true, name: "Surat Izin Praktik Bidan (impor)" });
    expect(row.requirements.map((r) => r.code).sort()).toEqual(SIP_BIDAN.requirements.map((r) => r.code).sort());
    expect(row.sopVersions.map((s) => [s.applicationKind, s.version])).toEqual([["NEW", 1]]);
  });

  it("an applicant can start an application of the imported type", async () => {
    const { id } = await (await applicant()).applications.create({ permitTypeCode: "SIP-BIDAN-IMPOR" });
    const file = await t.db.application.findUniqueOrThrow({ where: { id }, include: { permitTypeVersion: true } });
    expect(file).toMatchObject({ status: "DRAFT", permitTypeId: await typeId("SIP-BIDAN-IMPOR") });
    expect(file.permitTypeVersion).toMatchObject({ version: 1, status: "PUBLISHED" });
  });

  it("a changed document under a known code is that type's next version; a draft in the way moves one on", async () => {
    const a = await admin();
    const id = await typeId("SIP-BIDAN-IMPOR");
    const draft = await startDraft(t.db, { officeId, permitTypeId: id, by: users.get("admin")! });
    expect(draft.version).toBe(2);
    const doc = asJson((await a.admin.permitTypes.export({ permitTypeId: id })).document) as unknown as Doc;
    doc.definition.feeRupiah = 25_000;
    expect(await a.admin.permitTypes.import({ document: doc })).toMatchObject({ permitTypeId: id, version: 2, created: false });
    expect(await t.db.permitTypeVersion.findUniqueOrThrow({ where: { id: draft.draftId } })).toMatchObject({ status: "DRAFT", version: 3 });
    const view = await a.admin.permitTypes.draft({ permitTypeId: id });
    expect(view.draft).toMatchObject({ id: draft.draftId, version: 3 });
    expect(view.published).toMatchObject({ version: 2 });
    // The file started under version 1 keeps it.
    expect(await t.db.application.count({ where: { permitTypeId: id, permitTypeVersion: { version: 1 } } })).toBe(1);
  });
});

/** One way to break a document: the change (or a replacement document), and a problem it must produce (path prefix, words). */
type Broken = [string, (doc: Doc, def: PermitTypeDefinition & Record<string, unknown>) => unknown, string, RegExp];
const step = (def: PermitTypeDefinition, no: number) => def.flows.NEW.steps.find((s) => s.no === no)!;

const BROKEN: Broken[] = [
  ["a wrong format string", (doc) => void (doc.format = "perizinan.permit-type/9"), "format", /tidak dikenal/],
  ["no format string", (doc) => void delete doc.format, "format", /wajib/],
  ["not an object", () => "Surat Izin Praktik Bidan", "", /objek JSON/],
  ["an array", () => [], "", /objek JSON/],
  ["no definition", (doc) => void delete (doc as Record<string, unknown>).definition, "definition", /wajib/],
  ["an unknown envelope key", (doc) => void (doc.versi = 3), "versi", /tidak dikenal/],
  ["a missing NEW flow", (_doc, def) => void ((def as Record<string, unknown>).flows = { RENEWAL: def.flows.NEW }), "definition.flows", /NEW/],
  ["a duplicate field code", (_doc, def) => void (def.form[4]!.code = def.form[3]!.code), "definition.form.4.code", /sudah dipakai/],
  ["a condition on an unknown field", (_doc, def) => void (def.form[4]!.showIf = { field: "tidakAda", equals: "X" }), "definition.form.4.showIf.field", /tidakAda tidak ada/],
  ["a letter placeholder of an unknown field", (_doc, def) => void def.letters[5]!.rows.push({ label: "X", value: "{formulir.warnaRambut}" }), "definition.letters.5.rows", /warnaRambut.*tidak dikenal/],
  ["a book format without {seq}", (_doc, def) => void (def.books[0]!.format = "503/SIPB/{year}"), "definition.books.0.format", /\{seq\}/],
  ["a step of an unknown role", (_doc, def) => void ((step(def, 8) as unknown as Record<string, unknown>).role = "BUPATI"), "definition.flows.NEW", /BUPATI/],
  ["a step pointing to a missing step", (_doc, def) => void (step(def, 8).actions = [{ action: "COMPLETE", to: { step: 99 } }]), "definition.flows.NEW", /langkah 99 yang tidak ada/],
  ["an unknown technical agency", (_doc, def) => void (def.technicalAgency = "DINAS_PERIKANAN"), "definition.technicalAgency", /DINAS_PERIKANAN tidak terdaftar/],
  ["a negative fee", (_doc, def) => void (def.feeRupiah = -5000), "definition.feeRupiah", /negatif/],
  ["a bad registration prefix", (_doc, def) => void (def.registrationPrefix = "bd"), "definition.registrationPrefix", /huruf besar/],
  ["a select with one option", (_doc, def) => void (def.form[3]!.options = def.form[3]!.options!.slice(0, 1)), "definition.form.3.options", /dua pilihan/],
  ["a photo requirement accepting PDF", (_doc, def) => void (def.requirements.find((r) => r.kind === "PHOTO")!.mimeTypes = ["application/pdf"]), "definition.requirements", /hanya menerima gambar/],
  ["a duplicate requirement code", (_doc, def) => void (def.requirements[1]!.code = def.requirements[0]!.code), "definition.requirements.1.code", /lebih dari sekali/],
  ["an unknown application kind", (_doc, def) => void ((def.flows as Record<string, unknown>).UPGRADE = def.flows.NEW), "definition.flows.UPGRADE", /tidak dikenal/],
  ["a letter no step produces", (_doc, def) => void def.letters.push({ ...def.letters[0]!, code: "SURAT_YATIM" }), "definition.letters", /tidak dihasilkan/],
  ["a step numbering from a book not defined", (_doc, def) => void (step(def, 10).markers!.numbers = "BUKU_LAIN"), "definition.flows.NEW.steps", /BUKU_LAIN/],
  ["validity reading a missing field", (_doc, def) => void (def.validity = { kind: "UNTIL_FORM_DATE", field: "tanggalHilang" }), "definition.validity", /tanggalHilang.*tidak ada/],
  ["a pattern that does not compile", (_doc, def) => void (def.form[4]!.rules = { pattern: { regex: "([a-z", message: "salah" } }), "definition.form.4.rules.pattern.regex", /tidak dapat dibaca/],
  ["a letter signed by the applicant", (_doc, def) => void (def.letters[4]!.signatory = { role: "PEMOHON" }), "definition.letters.4.signatory.role", /tidak menandatangani/],
  ["a typo in a key", (_doc, def) => void (def.fee = 0), "definition", /./],
  ["several problems at once", (_doc, def) => void Object.assign(def, { registrationPrefix: "b", feeRupiah: -1 }), "definition.feeRupiah", /negatif/],
];

describe("a broken document", () => {
  it(`is refused in ${BROKEN.length} ways, each with every problem at its path, and nothing changes`, async () => {
    expect(new Set(BROKEN.map(([name]) => name)).size).toBeGreaterThanOrEqual(20);
    const a = await admin();
    const before = await footprint();
    for (const [name, breakIt, path, words] of BROKEN) {
      const doc = await exportedBidan();
      const replaced = breakIt(doc, doc.definition as PermitTypeDefinition & Record<string, unknown>);
      const document = replaced === undefined ? doc : replaced;
      const refused = await refusal(a.admin.permitTypes.import({ document }));
      expect(refused.code, name).toBe("BAD_REQUEST");
      expect(refused.message, name).toMatch(/^Dokumen jenis izin tidak dapat diimpor\. Perbaiki \d+ masalah berikut/);
      const marked = Object.entries(refused.fieldErrors).find(([at]) => at.startsWith(path));
      expect(marked, `${name}: ${refused.message}`).toBeDefined();
      expect(refused.message, name).toMatch(words);
      // Every problem the domain finds in the definition is in the refusal, at its path in the document.
      if (replaced === undefined && doc.definition !== undefined) {
        const checked = validatePermitType(doc.definition, { technicalAgencies: agencies });
        const problems = checked.ok ? [] : checked.problems.map((p) => ({ path: p.path ? `definition.${p.path}` : "definition", message: p.message }));
        for (const p of problems) {
          expect(listed(refused.message, p), `${name}: ${p.path}: ${p.message}`).toBe(true);
          expect(refused.fieldErrors[p.path], `${name}: ${p.path}`).toBeDefined();
        }
        if (path.startsWith("definition")) expect(refused.message, name).toContain(`Perbaiki ${problems.length} masalah`);
      }
    }
    expect(await footprint()).toEqual(before);
  });

  it("with several problems, lists them all", async () => {
    const doc = await exportedBidan();
    Object.assign(doc.definition, { registrationPrefix: "b", feeRupiah: -1 });
    doc.format = "lain";
    const refused = await refusal((await admin()).admin.permitTypes.import({ document: doc }));
    expect(Object.keys(refused.fieldErrors).sort()).toEqual(["definition.feeRupiah", "definition.registrationPrefix", "format"]);
    expect(refused.message).toContain("Perbaiki 3 masalah");
  });

  it("over the size limit is refused before it is read", async () => {
    const doc = await exportedBidan();
    doc.definition.description = "x".repeat(1_000_001);
    expect(await refusal((await admin()).admin.permitTypes.import({ document: doc }))).toMatchObject({ code: "BAD_REQUEST", fieldErrors: {} });
  });
});

describe("a new type from scratch", () => {
  let id: string;

  it("starts as a draft of version 1 that applicants do not see; its problems say what is missing", async () => {
    const a = await admin();
    const created = await a.admin.permitTypes.create({ code: "izin-uji", name: "Izin Uji Coba" });
    expect(created).toMatchObject({ code: "IZIN-UJI", version: 1 });
    id = created.permitTypeId;
    const view = await a.admin.permitTypes.draft({ permitTypeId: id });
    expect(view.permitType).toMatchObject({ code: "IZIN-UJI", name: "Izin Uji Coba", active: false });
    expect(view.draft).toMatchObject({ id: created.draftId, version: 1 });
    expect(view.published).toBeNull();
    expect(view.definition).toMatchObject({ code: "IZIN-UJI", name: "Izin Uji Coba", shortName: "Izin Uji Coba", applicant: "PERSON", validity: { kind: "LIFETIME" }, form: [], requirements: [], letters: [], books: [] });
    expect(view.definition.flows.NEW.steps).toHaveLength(1);
    expect(view.problems.length).toBeGreaterThan(0);
    expect(view.problems.every((p) => p.path.startsWith("flows.NEW"))).toBe(true);
    expect(view.walk).toEqual([{ kind: "NEW", label: "Permohonan baru", readable: true, paths: [] }]);
    expect(await refusal((await applicant()).applications.create({ permitTypeCode: "IZIN-UJI" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(a.admin.permitTypes.export({ permitTypeId: id }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("a taken code or a bad one is refused on `code`", async () => {
    const a = await admin();
    const taken = await refusal(a.admin.permitTypes.create({ code: "SIP-BIDAN", name: "Izin lain" }));
    expect(taken).toMatchObject({ code: "BAD_REQUEST" });
    expect(taken.fieldErrors.code).toMatch(/sudah dipakai/);
    const bad = await refusal(a.admin.permitTypes.create({ code: "izin uji", name: " " }));
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["code", "name"]);
  });

  it("an invalid draft is saved with its problems; publishing it is refused listing them, and nothing is published", async () => {
    const a = await admin();
    const { definition } = await a.admin.permitTypes.draft({ permitTypeId: id });
    const edited = asJson(definition);
    edited.form = [
      { code: "namaUsaha", kind: "TEXT", label: "Nama usaha", required: true },
      { code: "namaUsaha", kind: "SELECT", label: "Jenis usaha", required: true, options: [{ value: "A", label: "A" }] },
    ];
    edited.books = [{ code: "IZIN_UJI", name: "Buku izin uji", format: "503/IU/{year}", scope: "PERMIT_TYPE" }];
    const saved = await a.admin.permitTypes.saveDraft({ permitTypeId: id, definition: edited });
    expect(saved.version).toBe(1);
    const paths = saved.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["form.1.code", "form.1.options", "books.0.format", "books.0.code", "flows.NEW"]));
    expect((await a.admin.permitTypes.draft({ permitTypeId: id })).definition.form).toHaveLength(2);

    const before = await footprint();
    const refused = await refusal(a.admin.permitTypes.publishDraft({ permitTypeId: id }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain(`Perbaiki ${saved.problems.length} masalah`);
    for (const p of saved.problems) expect(listed(refused.message, p), `${p.path}: ${p.message}`).toBe(true);
    expect(await footprint()).toEqual(before);
    expect(await t.db.permitTypeVersion.findMany({ where: { permitTypeId: id }, select: { status: true, version: true } })).toEqual([{ status: "DRAFT", version: 1 }]);
  });

  it("a draft that is not a definition at all, or renames the type, is not saved", async () => {
    const a = await admin();
    const { definition } = await a.admin.permitTypes.draft({ permitTypeId: id });
    const shape = await refusal(a.admin.permitTypes.saveDraft({ permitTypeId: id, definition: { ...definition, feeRupiah: -1, applicant: "ROBOT" } }));
    expect(shape.code).toBe("BAD_REQUEST");
    expect(shape.message).toMatch(/^Draf tidak dapat disimpan/);
    expect(Object.keys(shape.fieldErrors).sort()).toEqual(["applicant", "feeRupiah"]);
    const renamed = await refusal(a.admin.permitTypes.saveDraft({ permitTypeId: id, definition: { ...definition, code: "IZIN-LAIN" } }));
    expect(renamed.fieldErrors.code).toMatch(/tidak dapat diubah/);
    expect(await refusal(a.admin.permitTypes.saveDraft({ permitTypeId: id, definition: "bukan definisi" }))).toMatchObject({ code: "BAD_REQUEST" });
    expect((await a.admin.permitTypes.draft({ permitTypeId: id })).definition.feeRupiah).toBe(0);
  });
});

describe("a copy of a type", () => {
  let cloneId: string;
  let bidanId: string;

  it("is a draft of the original's newest definition under its own code and name, publishable as it is", async () => {
    const a = await admin();
    bidanId = await typeId("SIP-BIDAN");
    const created = await a.admin.permitTypes.create({ code: "SIP-BIDAN-DESA", name: "Surat Izin Praktik Bidan Desa", shortName: "SIP Bidan Desa", from: { cloneOf: bidanId } });
    cloneId = created.permitTypeId;
    const view = await a.admin.permitTypes.draft({ permitTypeId: cloneId });
    expect(view.definition).toEqual({ ...asJson(SIP_BIDAN), code: "SIP-BIDAN-DESA", name: "Surat Izin Praktik Bidan Desa", shortName: "SIP Bidan Desa" });
    expect(view.problems).toEqual([]);
    const paths = pathsToEnds(SIP_BIDAN.flows.NEW);
    expect(view.walk.map((w) => w.kind)).toEqual(Object.keys(SIP_BIDAN.flows));
    const walkNew = view.walk.find((w) => w.kind === "NEW")!;
    expect(walkNew.paths.map((p) => [p.end, p.standardMinutes, p.steps.map((s) => s.no)])).toEqual(paths.map((p) => [p.end, p.standardMinutes, p.steps]));
    expect(walkNew.paths[0]!.steps[0]).toMatchObject({ no: 1, role: "PEMOHON", roleLabel: expect.any(String) as string, activity: SIP_BIDAN.flows.NEW.steps[0]!.activity });

    const published = await a.admin.permitTypes.publishDraft({ permitTypeId: cloneId });
    expect(published).toMatchObject({ permitTypeId: cloneId, version: 1, permitTypeVersionId: created.draftId });
    const row = await t.db.permitType.findUniqueOrThrow({ where: { id: cloneId }, include: { sopVersions: true, agendaBooks: true } });
    expect(row).toMatchObject({ active: true, shortName: "SIP Bidan Desa" });
    expect(row.sopVersions).toHaveLength(Object.keys(SIP_BIDAN.flows).length);
    // Its own books (their counters start at its own first number); the office's book stays shared.
    expect(row.agendaBooks.map((b) => b.code).sort()).toEqual(SIP_BIDAN.books.filter((b) => b.scope === "PERMIT_TYPE").map((b) => b.code).sort());
    expect(await (await applicant()).applications.create({ permitTypeCode: "SIP-BIDAN-DESA" })).toMatchObject({ id: expect.any(String) as string });
  });

  it("publishing an unchanged draft is refused as no change", async () => {
    const a = await admin();
    const { definition } = await a.admin.permitTypes.draft({ permitTypeId: cloneId });
    await a.admin.permitTypes.saveDraft({ permitTypeId: cloneId, definition });
    expect((await refusal(a.admin.permitTypes.publishDraft({ permitTypeId: cloneId }))).message).toMatch(/tidak ada perubahan dibanding versi 1/);
  });

  it("has drafts of its own: the original's definition and draft do not move", async () => {
    const a = await admin();
    const me = users.get("admin")!;
    const first = await startDraft(t.db, { officeId, permitTypeId: cloneId, by: me });
    expect(await startDraft(t.db, { officeId, permitTypeId: cloneId, by: me })).toMatchObject({ draftId: first.draftId, version: 2 });

    const originalDraft = await startDraft(t.db, { officeId, permitTypeId: bidanId, by: me });
    const edited = asJson(first.definition);
    edited.feeRupiah = 10_000;
    edited.description = "Izin praktik bidan di desa.";
    expect(await a.admin.permitTypes.saveDraft({ permitTypeId: cloneId, definition: edited })).toMatchObject({ draftId: first.draftId, version: 2, problems: [] });
    expect(await a.admin.permitTypes.publishDraft({ permitTypeId: cloneId })).toMatchObject({ version: 2 });

    const original = await a.admin.permitTypes.draft({ permitTypeId: bidanId });
    expect(original.draft).toMatchObject({ id: originalDraft.draftId });
    expect(original.definition).toEqual(asJson(SIP_BIDAN));
    expect(original.published).toMatchObject({ version: 1 });
    expect((await a.admin.permitTypes.export({ permitTypeId: bidanId })).document.definition).toEqual(asJson(SIP_BIDAN));
    expect((await a.admin.permitTypes.export({ permitTypeId: cloneId })).document.definition).toMatchObject({ code: "SIP-BIDAN-DESA", feeRupiah: 10_000 });
    expect(await t.db.permitType.findUniqueOrThrow({ where: { id: bidanId } })).toMatchObject({ feeRupiah: SIP_BIDAN.feeRupiah, name: SIP_BIDAN.name });
  });
});

describe("who may", () => {
  it("another office's type reads as not found", async () => {
    const other = await t.db.office.create({
      data: { code: "KANTOR-LAIN", name: "Kantor Lain", shortName: "KL", regency: "Kabupaten Lain", governmentName: "Pemerintah Kabupaten Lain", address: "Jl. Lain 1", city: "Lain", workingWeek: {} },
    });
    const theirs = await createPermitType(t.db, { officeId: other.id, by: null, code: "IZIN-UJI", name: "Izin Uji Coba kantor lain" });
    const a = await admin();
    const permitTypeId = theirs.permitTypeId;
    const definition = (await a.admin.permitTypes.draft({ permitTypeId: await typeId("IZIN-UJI") })).definition;
    const calls: Array<[string, () => Promise<unknown>]> = [
      ["draft", () => a.admin.permitTypes.draft({ permitTypeId })],
      ["saveDraft", () => a.admin.permitTypes.saveDraft({ permitTypeId, definition })],
      ["publishDraft", () => a.admin.permitTypes.publishDraft({ permitTypeId })],
      ["export", () => a.admin.permitTypes.export({ permitTypeId })],
      ["create (a copy)", () => a.admin.permitTypes.create({ code: "SALINAN-LAIN", name: "Salinan", from: { cloneOf: permitTypeId } })],
    ];
    for (const [name, call] of calls) expect(await refusal(call()), name).toMatchObject({ code: "NOT_FOUND" });
    // The same code in this office is another type altogether.
    expect(await typeId("IZIN-UJI")).not.toBe(permitTypeId);
    expect(await t.db.permitTypeVersion.findMany({ where: { permitTypeId }, select: { status: true, version: true } })).toEqual([{ status: "DRAFT", version: 1 }]);
  });

  it("a non-administrator is FORBIDDEN from every procedure", async () => {
    const fo = await staff("frontoffice");
    const permitTypeId = await typeId("SIP-BIDAN");
    const doc = await exportedBidan();
    const before = await footprint();
    const calls: Array<[string, () => Promise<unknown>]> = [
      ["draft", () => fo.admin.permitTypes.draft({ permitTypeId })],
      ["create", () => fo.admin.permitTypes.create({ code: "IZIN-FO", name: "Izin FO" })],
      ["saveDraft", () => fo.admin.permitTypes.saveDraft({ permitTypeId, definition: doc.definition })],
      ["publishDraft", () => fo.admin.permitTypes.publishDraft({ permitTypeId })],
      ["export", () => fo.admin.permitTypes.export({ permitTypeId })],
      ["import", () => fo.admin.permitTypes.import({ document: { ...doc, definition: { ...doc.definition, code: "IZIN-FO" } } })],
    ];
    for (const [name, call] of calls) expect(await refusal(call()), name).toMatchObject({ code: "FORBIDDEN" });
    expect(await footprint()).toEqual(before);
  });
});

describe("a letter's preview", () => {
  it("prints every letter of every seeded type with sample facts on the office's kop, marked DRAF and unnumbered", async () => {
    const ctx = await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: users.get("admin")! });
    const office = await t.db.office.findFirstOrThrow();
    for (const definition of SEED_PERMIT_TYPES) {
      const id = await typeId(definition.code);
      for (const letter of definition.letters) {
        const result = await letterPreview(ctx, { permitTypeId: id, letter: letter.code });
        expect(result.ok, `${definition.code} ${letter.code}`).toBe(true);
        if (!result.ok) continue;
        const text = (await pageTexts(result.pdf)).join("\n");
        expect(text).toContain("DRAF");
        expect(text, `${definition.code} ${letter.code}`).toContain(letter.layout === "LETTER" ? "Hal" : letter.title.slice(0, 20));
        // The kop is the office's (or, for an agency's recommendation, the agency's) — never a placeholder.
        expect(text).not.toMatch(/\{[a-z]+\.[A-Za-z]+\}/);
        if (letter.letterhead === "OFFICE") expect(text.toUpperCase()).toContain(office.governmentName.toUpperCase());
      }
    }
    // The permit shows where each of the form's answers lands.
    const sik = await letterPreview(ctx, { permitTypeId: await typeId("SIK-PEREKAM-MEDIS"), letter: "SURAT_IZIN" });
    expect(sik.ok && (await pageTexts(sik.pdf)).join("\n")).toContain("[Nomor STR Perekam Medis]");
    // A validity "until the STR's date" reads as a real one: the sample date lies years ahead, not today.
    const bidan = await letterPreview(ctx, { permitTypeId: await typeId("SIP-BIDAN"), letter: "SURAT_IZIN" });
    const year = new Date().getUTCFullYear();
    expect(bidan.ok && (await pageTexts(bidan.pdf)).join("\n")).toMatch(new RegExp(`Berlaku sampai dengan tanggal \\d{1,2} \\S+ (${year + 3}|${year + 4})`));
  });

  it("refuses someone who may not manage permit types, and an unknown letter", async () => {
    const fo = await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: users.get("frontoffice")! });
    expect(await letterPreview(fo, { permitTypeId: await typeId("SIP-BIDAN"), letter: "SURAT_IZIN" })).toMatchObject({ ok: false, status: 403 });
    const ctx = await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: users.get("admin")! });
    expect(await letterPreview(ctx, { permitTypeId: await typeId("SIP-BIDAN"), letter: "TIDAK_ADA" })).toMatchObject({ ok: false, status: 404 });
  });
});
