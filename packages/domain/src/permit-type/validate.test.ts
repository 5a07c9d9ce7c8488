import { describe, expect, it } from "vitest";
import { SEED_PERMIT_TYPES, SIP_BIDAN } from "../seed";
import type { PermitTypeDefinition } from "./definition";
import { validatePermitType } from "./validate";

type Mutable = PermitTypeDefinition & Record<string, unknown>;
const base = (): Mutable => structuredClone(SIP_BIDAN) as Mutable;
const flowStep = (d: PermitTypeDefinition, no: number) => d.flows.NEW.steps.find((s) => s.no === no)!;

/** One way to break a definition, and the problem (path prefix, words of the message) it must produce. */
const BROKEN: Array<[string, (d: Mutable) => void, string, RegExp]> = [
  ["code with spaces", (d) => (d.code = "sip bidan"), "code", /kode/],
  ["empty name", (d) => (d.name = " "), "name", /kosong/],
  ["registration prefix in lower case", (d) => (d.registrationPrefix = "bd"), "registrationPrefix", /huruf besar/],
  ["negative fee", (d) => (d.feeRupiah = -5000), "feeRupiah", /negatif/],
  ["fractional fee", (d) => (d.feeRupiah = 1500.5), "feeRupiah", /bulat/],
  ["unknown applicant kind", (d) => ((d as Record<string, unknown>).applicant = "ROBOT"), "applicant", /./],
  ["zero active-permit limit", (d) => (d.activePermitLimit = 0), "activePermitLimit", /paling sedikit 1/],
  ["unknown validity rule", (d) => ((d as Record<string, unknown>).validity = { kind: "FOREVER" }), "validity", /./],
  ["validity reading a missing field", (d) => (d.validity = { kind: "UNTIL_FORM_DATE", field: "tanggalHilang" }), "validity", /tanggalHilang.*tidak ada/],
  ["validity reading a text as a date", (d) => (d.validity = { kind: "UNTIL_FORM_DATE", field: "practiceName" }), "validity", /bukan tanggal/],
  ["while employed at a date field", (d) => (d.validity = { kind: "WHILE_EMPLOYED", field: "strExpiry" }), "validity", /bukan teks/],
  ["field code that is not camelCase", (d) => (d.form[0]!.code = "Nomor STR"), "form.0.code", /kode isian/],
  ["duplicate field code", (d) => (d.form[4]!.code = d.form[3]!.code), "form.4.code", /sudah dipakai/],
  ["field code taken by the applicant's identity", (d) => (d.form[0]!.code = "nik"), "form.0.code", /data pemohon/],
  ["unknown field kind", (d) => ((d.form[0] as unknown as Record<string, unknown>).kind = "COLOUR"), "form.0.kind", /tidak dikenal/],
  ["select with one option", (d) => (d.form[3]!.options = d.form[3]!.options!.slice(0, 1)), "form.3.options", /dua pilihan/],
  ["options on a text field", (d) => (d.form[0]!.options = [{ value: "A", label: "A" }, { value: "B", label: "B" }]), "form.0.options", /hanya untuk isian berjenis Pilihan/],
  ["condition on a later field", (d) => (d.form[0]!.showIf = { field: "practiceKind", equals: "FASKES" }), "form.0.showIf.field", /tidak ada sebelum/],
  ["condition on itself", (d) => (d.form[3]!.showIf = { field: "practiceKind", equals: "FASKES" }), "form.3.showIf.field", /dirinya sendiri/],
  ["condition on a value the select does not have", (d) => (d.form[4]!.showIf = { field: "practiceKind", equals: "RUMAH" }), "form.4.showIf.equals", /bukan pilihan/],
  ["yes/no condition compared with text", (d) => (d.form[2]!.showIf = { field: "strLifetime", equals: "ya" }), "form.2.showIf.equals", /true atau false/],
  ["min length above max length", (d) => (d.form[4]!.rules = { minLength: 50, maxLength: 10 }), "form.4.rules", /minimum melebihi/],
  ["date rule on a text field", (d) => (d.form[4]!.rules = { date: "PAST" }), "form.4.rules.date", /hanya untuk isian Tanggal/],
  ["pattern that does not compile", (d) => (d.form[4]!.rules = { pattern: { regex: "([a-z", message: "salah" } }), "form.4.rules.pattern.regex", /tidak dapat dibaca/],
  ["duplicate requirement code", (d) => (d.requirements[1]!.code = d.requirements[0]!.code), "requirements.1.code", /lebih dari sekali/],
  ["requirement accepting a Word file", (d) => (d.requirements[0]!.mimeTypes = ["application/msword"]), "requirements.0.mimeTypes", /PDF, JPEG, PNG/],
  ["requirement over 10 MB", (d) => (d.requirements[0]!.maxBytes = 50 * 1024 * 1024), "requirements.0.maxBytes", /10 MB/],
  ["requirement conditional on a missing field", (d) => (d.requirements[5]!.requiredIf = { field: "tidakAda", equals: "X" }), "requirements.5.requiredIf.field", /tidak ada/],
  ["pas foto accepting PDF", (d) => (d.requirements.find((r) => r.kind === "PHOTO")!.mimeTypes = ["application/pdf"]), "requirements.5.mimeTypes", /hanya menerima gambar/],
  ["two pas foto requirements", (d) => (d.requirements[0]!.kind = "PHOTO"), "requirements", /hanya satu/],
  ["a flow without NEW", (d) => ((d as Record<string, unknown>).flows = { RENEWAL: d.flows.NEW }), "flows", /NEW/],
  ["an unknown application kind", (d) => ((d.flows as Record<string, unknown>).UPGRADE = d.flows.NEW), "flows.UPGRADE", /tidak dikenal/],
  ["a step going nowhere", (d) => (flowStep(d, 8).actions = [{ action: "COMPLETE", to: { step: 99 } }]), "flows.NEW", /langkah 99 yang tidak ada/],
  ["an unreachable step", (d) => (flowStep(d, 4).actions = [{ action: "COMPLETE", to: { step: 6 } }]), "flows.NEW", /Langkah 5 tidak dapat dicapai/],
  ["a step with an unknown role", (d) => ((flowStep(d, 8) as unknown as Record<string, unknown>).role = "BUPATI"), "flows.NEW", /BUPATI/],
  ["a step produces a letter without a template", (d) => (flowStep(d, 3).markers = { produces: "SURAT_LAIN" }), "flows.NEW.steps.2.markers.produces", /SURAT_LAIN/],
  ["a step numbers from a book not defined", (d) => (flowStep(d, 10).markers!.numbers = "BUKU_LAIN"), "flows.NEW.steps.9.markers.numbers", /BUKU_LAIN/],
  ["a template no step produces", (d) => d.letters.push({ ...d.letters[0]!, code: "SURAT_YATIM" }), "letters.6.code", /tidak dihasilkan/],
  ["a placeholder of a field that does not exist", (d) => d.letters[5]!.rows.push({ label: "X", value: "{formulir.warnaRambut}" }), "letters.5.rows.7.value", /warnaRambut.*tidak dikenal/],
  ["an unknown placeholder group", (d) => d.letters[5]!.body.push("{presiden.nama}"), "letters.5.body.1", /tidak dikenal/],
  ["a stray brace", (d) => d.letters[5]!.body.push("Nama {pemohon.nama"), "letters.5.body.1", /kurung kurawal/],
  ["a letter signed by the applicant", (d) => (d.letters[4]!.signatory = { role: "PEMOHON" }), "letters.4.signatory.role", /tidak menandatangani/],
  ["a Surat Dinas without addressee", (d) => (d.letters[4]!.addressee = []), "letters.4.addressee", /Kepada Yth/],
  ["agency letterhead without an agency", (d) => (d.technicalAgency = null), "letters.3.letterhead", /instansi teknis/],
  ["a flow that issues without numbering the permit", (d) => delete flowStep(d, 10).markers!.numbers, "flows.NEW", /menomori surat izin/],
  ["a book format without {seq}", (d) => (d.books[0]!.format = "503/SIPB/{year}"), "books.0.format", /\{seq\}/],
  ["a book format with an unknown token", (d) => (d.books[0]!.format = "503/{seq}/{kabupaten}"), "books.0.format", /\{kabupaten\} tidak dikenal/],
  ["a book no step uses", (d) => d.books.push({ code: "CADANGAN", name: "Buku cadangan", format: "{seq}", scope: "OFFICE" }), "books.2.code", /tidak dipakai/],
  ["an officer field code used twice in the flow", (d) => (flowStep(d, 6).fields = [...(flowStep(d, 6).fields ?? []), flowStep(d, 5).fields![0]!]), "flows.NEW.steps.5.fields", /sudah dipakai pada langkah 5/],
  ["an extra property (a typo)", (d) => ((d as Record<string, unknown>).fee = 0), "", /./],
];

describe("validatePermitType", () => {
  it.each(SEED_PERMIT_TYPES.map((d) => [d.code, d] as const))("accepts the seeded %s", (_code, def) => {
    const result = validatePermitType(def, { technicalAgencies: ["DINKES", "DINAS_PUPR"] });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("accepts any book code a definition may give, hyphens included, in the step that numbers from it", () => {
    const def = structuredClone(SIP_BIDAN);
    const old = def.books.find((b) => b.scope === "PERMIT_TYPE")!.code;
    def.books = def.books.map((b) => (b.code === old ? { ...b, code: "BUKU-IZIN-BIDAN" } : b));
    for (const s of def.flows.NEW.steps) if (s.markers?.numbers === old) s.markers.numbers = "BUKU-IZIN-BIDAN";
    const result = validatePermitType(def, { technicalAgencies: ["DINKES"] });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it(`refuses ${BROKEN.length} kinds of broken definition, each with its path`, () => {
    expect(BROKEN.length).toBeGreaterThanOrEqual(20);
    for (const [name, breakIt, path, message] of BROKEN) {
      const def = base();
      breakIt(def);
      const result = validatePermitType(def);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      const match = result.problems.find((p) => p.path.startsWith(path) && message.test(p.message));
      expect(match, `${name}: ${JSON.stringify(result.problems)}`).toBeDefined();
    }
  });

  it("lists every problem at once, not the first one only", () => {
    const def = base();
    def.form[4]!.rules = { minLength: 50, maxLength: 10 };
    def.requirements[1]!.code = def.requirements[0]!.code;
    def.books[0]!.format = "503/SIPB";
    def.letters[5]!.body.push("{presiden.nama}");
    const result = validatePermitType(def);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(["form.4.rules", "requirements.1.code", "books.0.format", "letters.5.body.1"]));
  });

  it("checks the technical agency against the office's when told them", () => {
    const result = validatePermitType(base(), { technicalAgencies: ["DINAS_PUPR"] });
    expect(result.ok ? [] : result.problems).toEqual([{ path: "technicalAgency", message: "instansi teknis DINKES tidak terdaftar di kantor ini" }]);
  });

  it("refuses what is not an object at all", () => {
    for (const input of [null, 42, "izin", []]) expect(validatePermitType(input).ok).toBe(false);
  });
});
