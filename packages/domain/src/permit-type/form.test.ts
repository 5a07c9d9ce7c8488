import { describe, expect, it } from "vitest";
import { IZIN_REKLAME, SIK_PEREKAM_MEDIS } from "../seed";
import { coerceFieldValue, displayFieldValue, formSchema, type FormField } from "./form";
import { applicationFields } from "./identity";

const TODAY = "2026-12-03";
const submit = (fields: FormField[], input: Record<string, unknown>) => formSchema(fields, { stage: "submit", today: TODAY }).safeParse(input);
const errorsOf = (fields: FormField[], input: Record<string, unknown>) => {
  const r = submit(fields, input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

const PERSON = {
  fullName: "Rina Sitorus",
  nik: "1211014708920002",
  birthPlace: "Sidikalang",
  birthDate: "1992-08-07",
  address: "Jl. Pahlawan 12, Sidikalang",
  phone: "0812 3456 7890",
  email: "Rina@Contoh.id",
};
const sik = applicationFields(SIK_PEREKAM_MEDIS);

describe("a form built from descriptors", () => {
  it("accepts a complete application and normalises it (phone, email, NIK)", () => {
    const r = submit(sik, { ...PERSON, strNumber: "RM 1211 2026 0042", strLifetime: true, facilityName: "RSUD Sidikalang", facilityAddress: "Jl. Rumah Sakit 19" });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ phone: "081234567890", email: "rina@contoh.id", strLifetime: true });
    expect(r.data).not.toHaveProperty("strExpiry"); // hidden while the STR is for life
  });

  it.each([
    ["a required text left empty", { facilityName: " " }, "facilityName", "Nama fasilitas pelayanan kesehatan tempat bekerja wajib diisi."],
    ["a NIK with 15 digits", { nik: "121101470892000" }, "nik", "NIK harus terdiri dari 16 angka."],
    ["a birth date today", { birthDate: TODAY }, "birthDate", "Tanggal lahir harus sebelum hari ini."],
    ["a date that is not a date", { birthDate: "1992-02-31x" }, "birthDate", "Tanggal lahir: tanggal tidak valid."],
    ["a day the calendar does not have", { birthDate: "1992-02-31" }, "birthDate", "Tanggal lahir: tanggal tidak valid."],
    ["a phone that is not a mobile number", { phone: "12345" }, "phone", "Nomor ponsel tidak valid (contoh: 081234567890)."],
    ["an email without a domain", { email: "rina@" }, "email", "Email: alamat email tidak valid."],
    ["an STR date shown (not for life) and missing", { strLifetime: false }, "strExpiry", "STR berlaku sampai wajib diisi."],
    ["an expired STR, with the type's own message", { strLifetime: false, strExpiry: "2026-12-02" }, "strExpiry", expect.stringContaining("STR Anda sudah kedaluwarsa")],
  ])("refuses %s, at the field, in Indonesian", (_name, change, field, message) => {
    const input = { ...PERSON, strNumber: "RM 1", strLifetime: true, facilityName: "RSUD", facilityAddress: "Jl. 1", ...change };
    expect(errorsOf(sik, input)[field]).toEqual(message);
  });

  it("takes an STR valid through today", () => {
    expect(errorsOf(sik, { ...PERSON, strNumber: "RM 1", strLifetime: false, strExpiry: TODAY, facilityName: "RSUD", facilityAddress: "Jl. 1" })).toEqual({});
  });

  it("requires a field only when its condition holds, and asks a select's value among its options", () => {
    const reklame = applicationFields(IZIN_REKLAME);
    const business = { businessName: "CV Maju", nib: "1234567890123", npwp: "01.234.567.8-901.000", businessAddress: "Jl. A", fullName: "Budi", nik: PERSON.nik, address: "Jl. B", phone: PERSON.phone };
    const board = { boardClass: "KECIL", boardText: "Kopi Sidikalang", boardWidth: "1,5", boardHeight: "1", boardLocation: "Jl. C" };
    expect(errorsOf(reklame, { ...business, ...board, landRented: "tidak" })).toEqual({});
    expect(errorsOf(reklame, { ...business, ...board, landRented: "ya" })).toEqual({ landOwner: "Nama pemilik lahan/bangunan wajib diisi." });
    expect(errorsOf(reklame, { ...business, ...board, boardClass: "RAKSASA" })).toEqual({ boardClass: "Jenis dan ukuran reklame: pilih salah satu pilihan yang tersedia." });
    expect(errorsOf(reklame, { ...business, ...board, boardWidth: "80" })).toEqual({ boardWidth: "Lebar bidang reklame (meter) paling besar 50." });
    expect(errorsOf(reklame, { ...business, ...board, nib: "12345" })).toEqual({ nib: "NIB (Nomor Induk Berusaha) harus terdiri dari 13 angka." });
    expect(submit(reklame, { ...business, ...board }).data).toMatchObject({ boardWidth: 1.5, boardHeight: 1 });
  });

  it("keeps a draft with empty and invalid-but-typed values, judging only their shape", () => {
    const draft = formSchema(sik, { stage: "draft" });
    expect(draft.safeParse({ fullName: "", nik: "12", strLifetime: "on" }).data).toEqual({ fullName: "", nik: "12", strLifetime: true });
    expect(draft.safeParse({ fullName: "x".repeat(121) }).success).toBe(false);
    expect(draft.safeParse({ birthDate: "kemarin" }).success).toBe(false);
  });

  it("drops what the form does not have", () => {
    expect(formSchema(sik, { stage: "draft" }).safeParse({ hacked: "<script>" }).data).toEqual({});
  });

  it("reads posted strings into stored values", () => {
    const yesNo: FormField = { code: "a", kind: "YES_NO", label: "A", required: false };
    const num: FormField = { code: "b", kind: "NUMBER", label: "B", required: false };
    expect([coerceFieldValue(yesNo, "on"), coerceFieldValue(yesNo, "tidak"), coerceFieldValue(yesNo, "")]).toEqual([true, false, null]);
    expect([coerceFieldValue(num, "1.250,5"), coerceFieldValue(num, ""), coerceFieldValue(num, "abc")]).toEqual([1250.5, null, "abc"]);
  });

  it("prints values as a person reads them", () => {
    const select = IZIN_REKLAME.form[0]!;
    expect(displayFieldValue(select, "BESAR")).toBe("Permanen besar (lebih dari 24 m²)");
    expect(displayFieldValue({ code: "d", kind: "DATE", label: "D", required: false }, "2031-12-02")).toBe("2 Desember 2031");
    expect(displayFieldValue({ code: "y", kind: "YES_NO", label: "Y", required: false }, false)).toBe("Tidak");
    expect(displayFieldValue({ code: "t", kind: "TEXT", label: "T", required: false }, "")).toBe("-");
  });

  it.each<[string, FormField, unknown, string | undefined]>([
    ["a time", { code: "t", kind: "TIME", label: "Jam", required: true }, "25:00", "Jam: isi jam (JJ:MM), mis. 09:30."],
    ["a good time", { code: "t", kind: "TIME", label: "Jam", required: true }, "09:30", undefined],
    ["a pattern", { code: "p", kind: "TEXT", label: "Kode", required: true, rules: { pattern: { regex: "[A-Z]{3}", message: "Tiga huruf besar." } } }, "ab", "Tiga huruf besar."],
    ["a minimum length", { code: "p", kind: "LONG_TEXT", label: "Uraian", required: true, rules: { minLength: 10 } }, "pendek", "Uraian paling sedikit 10 karakter."],
    ["a number below its minimum", { code: "n", kind: "NUMBER", label: "Luas", required: true, rules: { min: 1 } }, 0.5, "Luas paling kecil 1."],
    ["text in a number", { code: "n", kind: "NUMBER", label: "Luas", required: true }, "sepuluh", "Luas harus berupa angka."],
    ["a yes/no answered with a word", { code: "y", kind: "YES_NO", label: "Setuju", required: true }, "mungkin", "Setuju: pilih ya atau tidak."],
    ["a yes/no left empty", { code: "y", kind: "YES_NO", label: "Setuju", required: true }, "", "Setuju wajib dipilih."],
    ["a select left empty", { code: "s", kind: "SELECT", label: "Kelas", required: true, options: [{ value: "A", label: "A" }, { value: "B", label: "B" }] }, "", "Kelas wajib dipilih."],
    ["a list where text belongs", { code: "x", kind: "TEXT", label: "Nama", required: true }, ["a"], "Nama tidak valid."],
    ["a future date where the past is asked", { code: "d", kind: "DATE", label: "Tanggal", required: true, rules: { date: "NOT_FUTURE" } }, "2026-12-04", "Tanggal tidak boleh setelah hari ini."],
    ["today where the future is asked", { code: "d", kind: "DATE", label: "Tanggal", required: true, rules: { date: "FUTURE" } }, TODAY, "Tanggal harus setelah hari ini."],
    ["an expired date, standard message", { code: "d", kind: "DATE", label: "Berlaku", required: true, rules: { date: "NOT_EXPIRED" } }, "2026-01-01", "Berlaku sudah lewat; masa berlakunya harus sampai hari ini atau sesudahnya."],
  ])("judges %s", (_name, field, value, message) => {
    expect(errorsOf([field], { [field.code]: value })[field.code]).toBe(message);
  });

  it("judges only shape in a draft: dates, phones and emails are not yet checked as such", () => {
    const fields: FormField[] = [
      { code: "d", kind: "DATE", label: "Tanggal", required: true },
      { code: "p", kind: "PHONE", label: "Ponsel", required: true },
      { code: "e", kind: "EMAIL", label: "Email", required: true },
      { code: "n", kind: "NIB", label: "NIB", required: true },
    ];
    const draft = formSchema(fields, { stage: "draft" });
    expect(draft.safeParse({ p: "08", e: "a@", n: "12.3" }).data).toEqual({ p: "08", e: "a@", n: "123" });
    expect(draft.safeParse({ d: "kemarin" }).success).toBe(false);
  });

  it("handles values of an unexpected type without throwing", () => {
    const yesNo: FormField = { code: "a", kind: "YES_NO", label: "A", required: false };
    const num: FormField = { code: "b", kind: "NUMBER", label: "B", required: false };
    const text: FormField = { code: "c", kind: "TEXT", label: "C", required: false };
    expect([coerceFieldValue(yesNo, 3), coerceFieldValue(num, true), coerceFieldValue(text, 5), coerceFieldValue(text, null), coerceFieldValue(text, undefined)]).toEqual([3, true, 5, null, undefined]);
    expect(displayFieldValue({ code: "d", kind: "DATE", label: "D", required: false }, 5)).toBe("5");
    expect(displayFieldValue(num, "x")).toBe("x");
    expect(displayFieldValue(num, 1250)).toBe("1.250");
    expect(displayFieldValue({ code: "s", kind: "SELECT", label: "S", required: false }, "Z")).toBe("Z");
  });

  it("shows a field on a yes/no condition only when the answer matches", () => {
    const fields: FormField[] = [
      { code: "a", kind: "YES_NO", label: "A", required: false },
      { code: "b", kind: "TEXT", label: "B", required: true, showIf: { field: "a", equals: false } },
    ];
    expect(errorsOf(fields, { a: true })).toEqual({});
    expect(errorsOf(fields, { a: false })).toEqual({ b: "B wajib diisi." });
    expect(errorsOf(fields, {})).toEqual({ b: "B wajib diisi." });
  });
});

