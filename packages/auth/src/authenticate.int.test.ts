import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@perizinan/db/test-harness";
import { DEMO_APPLICANTS, DEMO_PASSWORD } from "@perizinan/db/seed";
import { decode } from "next-auth/jwt";
import { authenticate, LOGIN_MESSAGES } from "./authenticate";
import { safeReturnPath } from "./return-path";
import { signIn } from "./sign-in";
import { LOGIN_LIMITS } from "./rate-limit";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.db.loginAttempt.deleteMany();
  await t.db.user.updateMany({ data: { active: true } });
});

const ip = "192.0.2.10";

describe("authenticate", () => {
  it("logs staff in by username or NIP with their office and roles", async () => {
    for (const identifier of ["kadis", "197508312003121003", "KADIS "]) {
      const r = await authenticate(t.db, "backoffice", { identifier, password: DEMO_PASSWORD, ip });
      expect(r).toMatchObject({ ok: true, user: { kind: "STAFF", roles: ["KADIS"], name: "OLOAN HASUGIAN, ST" } });
      if (r.ok) expect(r.user.officeId).toBeTruthy();
    }
  });

  it("logs applicants in by email or NIK, only in the portal", async () => {
    const a = DEMO_APPLICANTS[0]!;
    expect(await authenticate(t.db, "portal", { identifier: a.email, password: DEMO_PASSWORD, ip })).toMatchObject({ ok: true, user: { kind: "APPLICANT", roles: ["PEMOHON"], officeId: null } });
    expect(await authenticate(t.db, "portal", { identifier: a.nik, password: DEMO_PASSWORD, ip })).toMatchObject({ ok: true });
    expect(await authenticate(t.db, "backoffice", { identifier: a.email, password: DEMO_PASSWORD, ip })).toMatchObject({ ok: false, reason: "INVALID" });
    expect(await authenticate(t.db, "portal", { identifier: "kadis", password: DEMO_PASSWORD, ip })).toMatchObject({ ok: false, reason: "INVALID" });
  });

  it("says the same thing for a wrong password and an unknown account", async () => {
    const wrong = await authenticate(t.db, "backoffice", { identifier: "kadis", password: "salah", ip });
    const unknown = await authenticate(t.db, "backoffice", { identifier: "siapa-saja", password: "salah", ip });
    expect(wrong).toEqual({ ok: false, reason: "INVALID", message: "Nama pengguna/NIP atau kata sandi salah." });
    expect(unknown).toEqual(wrong);
  });

  it("stores passwords as argon2id hashes", async () => {
    const user = await t.db.user.findFirstOrThrow({ where: { username: "kadis" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it(`blocks an account after ${LOGIN_LIMITS.perAccount} failures, even with the right password, from any address`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      await authenticate(t.db, "backoffice", { identifier: "kabid", password: "salah", ip: `198.51.100.${i}` });
    }
    const r = await authenticate(t.db, "backoffice", { identifier: "kabid", password: DEMO_PASSWORD, ip: "203.0.113.99" });
    expect(r).toEqual({ ok: false, reason: "RATE_LIMITED", message: LOGIN_MESSAGES.RATE_LIMITED });
    // Another account is not affected.
    expect(await authenticate(t.db, "backoffice", { identifier: "sekretaris", password: DEMO_PASSWORD, ip: "203.0.113.99" })).toMatchObject({ ok: true });
  });

  it(`blocks an address after ${LOGIN_LIMITS.perAddress} failures across accounts`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
      await authenticate(t.db, "portal", { identifier: `orang${i}@contoh.id`, password: "salah", ip });
    }
    const r = await authenticate(t.db, "portal", { identifier: DEMO_APPLICANTS[1]!.email, password: DEMO_PASSWORD, ip });
    expect(r).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(await authenticate(t.db, "portal", { identifier: DEMO_APPLICANTS[1]!.email, password: DEMO_PASSWORD, ip: "192.0.2.77" })).toMatchObject({ ok: true });
  });

  it("refuses a deactivated account", async () => {
    await t.db.user.update({ where: { username: "auditor" }, data: { active: false } });
    expect(await authenticate(t.db, "backoffice", { identifier: "auditor", password: DEMO_PASSWORD, ip })).toEqual({
      ok: false,
      reason: "INACTIVE",
      message: LOGIN_MESSAGES.INACTIVE,
    });
  });
});

describe("signIn (the posted login form)", () => {
  const config = { secret: "test-secret-of-the-form-login", secureCookies: false };

  it("issues the session cookie NextAuth reads back, with the user's claims", async () => {
    const r = await signIn(t.db, "backoffice", { identifier: "kadis", password: DEMO_PASSWORD, ip }, config);
    if (!r.ok) throw new Error(r.message);
    expect(r.cookie).toMatchObject({ name: "perizinan-backoffice.session-token", options: { httpOnly: true, sameSite: "lax", maxAge: 36000, secure: false } });
    const claims = await decode({ token: r.cookie.value, secret: config.secret });
    expect(claims).toMatchObject({ name: "OLOAN HASUGIAN, ST", user: { kind: "STAFF", roles: ["KADIS"] } });
    expect(await decode({ token: r.cookie.value, secret: "another-secret" }).catch(() => null)).toBeNull();
  });

  it("refuses empty fields and wrong credentials with the form's message, issuing nothing", async () => {
    expect(await signIn(t.db, "portal", { identifier: " ", password: "x", ip }, config)).toEqual({ ok: false, message: LOGIN_MESSAGES.portal.REQUIRED });
    expect(await signIn(t.db, "portal", { identifier: "kadis", password: "", ip }, config)).toEqual({ ok: false, message: LOGIN_MESSAGES.portal.REQUIRED });
    expect(await signIn(t.db, "portal", { identifier: "kadis", password: DEMO_PASSWORD, ip }, config)).toEqual({ ok: false, message: LOGIN_MESSAGES.portal.INVALID });
  });

  it("marks the cookie Secure behind https", async () => {
    const r = await signIn(t.db, "portal", { identifier: DEMO_APPLICANTS[0]!.email, password: DEMO_PASSWORD, ip }, { ...config, secureCookies: true });
    expect(r.ok && r.cookie).toMatchObject({ name: "__Secure-perizinan-portal.session-token", options: { secure: true } });
  });
});

describe("safeReturnPath (where a login goes next)", () => {
  it.each([
    ["/permohonan", "/permohonan"],
    ["/permohonan/abc?langkah=2#riwayat", "/permohonan/abc?langkah=2#riwayat"],
    ["//evil.example", "/x"],
    ["/\\evil.example", "/x"],
    ["/\t/evil.example", "/x"],
    ["/\n/evil.example", "/x"],
    ["https://evil.example", "/x"],
    ["javascript:alert(1)", "/x"],
    ["permohonan", "/x"],
    ["", "/x"],
    [null, "/x"],
  ])("%j → %j", (candidate, expected) => {
    expect(safeReturnPath(candidate, "/x")).toBe(expected);
  });
});
