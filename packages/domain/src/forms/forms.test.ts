import { describe, expect, it } from "vitest";
import { applicationFormSchema, fieldErrors, registrationSchema, STR_EXPIRED_MESSAGE } from "./applicant-forms";
import { checkNik, NIK_MESSAGES } from "./nik";

describe("checkNik", () => {
  it.each([
    ["a man born 7 Aug 1992 in Dairi", "1211020708920002", true],
    ["a woman (day + 40) born 12 Apr 1995", "1211015204950001", true],
    ["with spaces and dots as people type it", "1211 0152 0495 0001", true],
    ["29 Feb 2000 (leap year)", "3171012902000003", true],
  ])("accepts %s", (_label, nik, ok) => {
    expect(checkNik(nik).ok).toBe(ok);
  });

  it.each([
    ["17 digits", "12110207089200021", "LENGTH"],
    ["15 digits", "121102070892000", "LENGTH"],
    ["letters", "12110207089200O2", "DIGITS"],
    ["an unknown province", "9911020708920002", "PROVINCE"],
    ["a zero regency", "1200020708920002", "REGION"],
    ["a zero district", "1211000708920002", "REGION"],
    ["31 February", "1211023102920002", "BIRTH_DATE"],
    ["day 72 (women's days end at 71)", "1211027208920002", "BIRTH_DATE"],
    ["month 13", "1211020713920002", "BIRTH_DATE"],
    ["serial 0000", "1211020708920000", "SERIAL"],
  ])("refuses %s", (_label, nik, problem) => {
    const r = checkNik(nik);
    expect(r).toMatchObject({ ok: false, problem, message: NIK_MESSAGES[problem as keyof typeof NIK_MESSAGES] });
  });
});

describe("registrationSchema", () => {
  const valid = {
    name: "Sari Manik",
    nik: "1211015204950001",
    email: "Sari@Contoh.ID",
    phone: "0812-6000-1111",
    password: "rahasia123",
    passwordConfirmation: "rahasia123",
  };

  it("normalises what people type", () => {
    expect(registrationSchema.parse(valid)).toMatchObject({ email: "sari@contoh.id", phone: "081260001111" });
  });

  it.each([
    ["nik", { nik: "12110152049500011" }, "NIK harus terdiri dari 16 angka."],
    ["email", { email: "bukan-email" }, "Alamat email tidak valid."],
    ["phone", { phone: "021-555-1234" }, "Nomor ponsel tidak valid (contoh: 081234567890)."],
    ["password", { password: "pendek", passwordConfirmation: "pendek" }, "Kata sandi minimal 8 karakter dan memuat huruf serta angka."],
    ["passwordConfirmation", { passwordConfirmation: "lain12345" }, "Konfirmasi kata sandi tidak sama."],
    ["name", { name: "  " }, "Nama lengkap wajib diisi."],
  ])("says what is wrong with %s, in Indonesian", (field, change, message) => {
    const r = registrationSchema.safeParse({ ...valid, ...change });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error)[field]).toBe(message);
  });
});

describe("applicationFormSchema", () => {
  const today = "2026-11-29";
  const form = {
    fullName: "Sari Manik",
    nik: "1211015204950001",
    birthPlace: "Sidikalang",
    birthDate: "1995-04-12",
    address: "Jl. Sudirman 1, Sidikalang",
    phone: "081260001111",
    email: "sari@contoh.id",
    strNumber: "RM 0000012345",
    strExpiry: "2027-01-31",
    strLifetime: false,
    facilityName: "RSUD Sidikalang",
    facilityAddress: "Jl. Rumah Sakit 19",
  };

  it("names every missing field in Indonesian, the birth date included (no zod default text)", () => {
    const result = applicationFormSchema(today).safeParse({ nik: form.nik, phone: form.phone });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain("Tanggal lahir wajib diisi.");
    for (const message of messages) expect(message).not.toMatch(/Invalid|expected|received/i);
  });

  it("accepts a complete form, an STR valid through today, and a lifetime STR", () => {
    expect(applicationFormSchema(today).safeParse(form).success).toBe(true);
    expect(applicationFormSchema(today).safeParse({ ...form, strExpiry: today }).success).toBe(true);
    expect(applicationFormSchema(today).safeParse({ ...form, strExpiry: null, strLifetime: true }).success).toBe(true);
  });

  it("refuses an expired STR with a clear message", () => {
    const r = applicationFormSchema(today).safeParse({ ...form, strExpiry: "2026-11-28" });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error).strExpiry).toBe(STR_EXPIRED_MESSAGE);
  });

  it("asks for the expiry unless the STR is for life, and lists every missing field", () => {
    const r = applicationFormSchema(today).safeParse({ ...form, strExpiry: "", facilityName: "", birthDate: "2030-01-01" });
    expect(r.success).toBe(false);
    if (!r.success) {
      const errors = fieldErrors(r.error);
      expect(Object.keys(errors).sort()).toEqual(["birthDate", "facilityName", "strExpiry"]);
    }
  });
});
