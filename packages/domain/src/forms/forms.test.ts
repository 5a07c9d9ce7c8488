import { describe, expect, it } from "vitest";
import { fieldErrors, registrationSchema } from "./applicant-forms";
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
