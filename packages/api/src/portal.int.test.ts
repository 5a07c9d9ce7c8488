import fs from "node:fs";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { applyCommand } from "@perizinan/db/files";
import type { TestDatabase } from "@perizinan/db/test-harness";
import { createContext } from "./context";
import { readDocument } from "./documents/read";
import { uploadRequirementDocument } from "./documents/upload";
import { portalRouter } from "./portal";
import { samplePdf, samplePng, streamOf } from "./testing/samples";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory } from "./trpc";

const office = useSeededOffice("portal");
const { storage } = office;
const caller = createCallerFactory(portalRouter);
let t: TestDatabase;
beforeAll(() => {
  t = office.t;
});

async function ctxFor(userId: string | null) {
  return createContext({ db: t.db, storage, app: "portal", sessionUserId: userId, ip: "192.0.2.44", userAgent: "vitest" });
}
async function as(userId: string | null) {
  return caller(await ctxFor(userId));
}
async function upload(userId: string, applicationId: string, requirementCode: string, bytes: Uint8Array, fileName = "dokumen.pdf") {
  const ctx = await ctxFor(userId);
  return uploadRequirementDocument({ ...ctx, user: ctx.user! }, { applicationId, requirementCode, fileName, body: streamOf(bytes) });
}
function storedObjects(): number {
  const dir = path.join(storage.rootDir, "sha256");
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}
async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const FORM = {
  fullName: "Rina Br Sembiring",
  nik: "1211035708980003",
  birthPlace: "Sidikalang",
  birthDate: "1998-08-17",
  address: "Jl. Pahlawan 7, Sidikalang",
  phone: "081399990000",
  email: "rina.sembiring@contoh.id",
  strNumber: "RM 1234567890",
  strLifetime: true,
  facilityName: "Puskesmas Sidikalang",
  facilityAddress: "Jl. Sudirman 3, Sidikalang",
};

let applicantId: string;
let fileId: string;

describe("an applicant's journey through the portal", () => {
  it("registers with a clear refusal for each bad field", async () => {
    const anon = await as(null);
    const bad = await errorOf(
      anon.account.register({ name: "Rina", nik: "12110357089800031", email: "x", phone: "021", password: "a", passwordConfirmation: "b" }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    const { id } = await anon.account.register({
      name: FORM.fullName,
      nik: FORM.nik,
      email: FORM.email,
      phone: FORM.phone,
      password: "rahasia123",
      passwordConfirmation: "rahasia123",
    });
    applicantId = id;
    const again = await errorOf(
      anon.account.register({ name: "X", nik: FORM.nik, email: "lain@contoh.id", phone: FORM.phone, password: "rahasia123", passwordConfirmation: "rahasia123" }),
    );
    expect(again.message).toMatch(/NIK ini sudah terdaftar/);
  });

  it("starts a draft, saves it, and cannot submit it incomplete", async () => {
    const me = await as(applicantId);
    fileId = (await me.applications.create({ permitTypeCode: "SIK-PEREKAM-MEDIS" })).id;
    await me.applications.saveForm({ id: fileId, form: { ...FORM, strLifetime: false, strExpiry: "2020-01-01" } });
    const file = await me.applications.get({ id: fileId });
    expect(file.status).toBe("DRAFT");
    expect(file.form).toMatchObject({ fullName: FORM.fullName, strExpiry: "2020-01-01" });
    const refused = await errorOf(me.applications.submit({ id: fileId, version: 0 }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/dokumen belum lengkap/);
    const fields = (refused.cause as unknown as { fieldErrors: Record<string, string> }).fieldErrors;
    expect(fields.strExpiry).toMatch(/kedaluwarsa/);
    expect(fields["documents.KTP"]).toBe("Dokumen “KTP” belum diunggah.");
    expect((await me.applications.get({ id: fileId })).status).toBe("DRAFT");
  });

  it("refuses bad uploads with a clear message and stores nothing", async () => {
    const before = { objects: storedObjects(), rows: await t.db.document.count() };
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(200).fill(1)]);
    const html = new TextEncoder().encode("<!DOCTYPE html><html><script>alert(1)</script></html>");
    const cases: Array<[string, Uint8Array, string, number]> = [
      ["an .exe renamed .pdf", exe, "surat.pdf", 415],
      ["an empty file", new Uint8Array(), "kosong.pdf", 400],
      ["a PNG that is really HTML", html, "foto.png", 415],
      ["an oversized file", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x25), "besar.pdf", 413],
    ];
    for (const [label, bytes, name, status] of cases) {
      const r = await upload(applicantId, fileId, "KTP", bytes, name);
      expect(r.ok, label).toBe(false);
      if (!r.ok) {
        expect(r.status, label).toBe(status);
        expect(r.message, label).toMatch(/[a-z]{3}/);
      }
    }
    expect(storedObjects()).toBe(before.objects);
    expect(await t.db.document.count()).toBe(before.rows);
  });

  it("stores each requirement under its content hash, with a display name that is never a path", async () => {
    const weird = await upload(applicantId, fileId, "KTP", samplePng(), "../../etc/\u0007KTP\u202Egnp.exe.png");
    expect(weird.ok).toBe(true);
    if (weird.ok) {
      const name = weird.document.displayName;
      expect(name).not.toMatch(/[/\\\u202e]/);
      expect([...name].every((c) => c.charCodeAt(0) >= 0x20)).toBe(true);
      expect(weird.document.displayName.endsWith(".png")).toBe(true);
      expect(weird.document.mimeType).toBe("image/png");
    }
    const me = await as(applicantId);
    const file = await me.applications.get({ id: fileId });
    for (const r of file.requirements) {
      if (r.code === "KTP") continue;
      // The pas foto is an image: the requirement accepts JPEG and PNG only.
      const result = r.mimeTypes.includes("application/pdf") ? await upload(applicantId, fileId, r.code, samplePdf(r.code), `${r.code}.pdf`) : await upload(applicantId, fileId, r.code, samplePng(), `${r.code}.png`);
      expect(result.ok, r.code).toBe(true);
    }
    const row = await t.db.document.findFirstOrThrow({ where: { applicationId: fileId, supersededAt: null, mimeType: "image/png" } });
    expect(row.storageKey).toContain(row.sha256);
    expect(row.storageKey).not.toContain("KTP");
  });

  it("submits: step 1 done, a registration number at once, the clock running", async () => {
    const me = await as(applicantId);
    const expired = await errorOf(me.applications.submit({ id: fileId, version: 0 }));
    expect((expired.cause as unknown as { fieldErrors: Record<string, string> }).fieldErrors.strExpiry).toMatch(/kedaluwarsa/);
    await me.applications.saveForm({ id: fileId, form: { strLifetime: true } });
    const { registrationNumber } = await me.applications.submit({ id: fileId, version: 0 });
    expect(registrationNumber).toMatch(/^PM-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const file = await me.applications.get({ id: fileId });
    expect(file).toMatchObject({ status: "IN_PROGRESS", registrationNumber, editable: false });
    expect(file.timeline?.steps.find((s) => s.no === 1)?.status).toBe("DONE");
    expect(file.timeline?.steps.find((s) => s.no === 2)?.status).toBe("CURRENT");
    expect(file.timeline?.expectedCompletionAt).toBeInstanceOf(Date);
    const late = await upload(applicantId, fileId, "KTP", samplePdf("late"));
    expect(late).toMatchObject({ ok: false, status: 409 });
  });

  it("after a return: sees the reasons per requirement, replaces a document (history kept) and resubmits", async () => {
    const fo = await t.db.user.findFirstOrThrow({ where: { username: "frontoffice" } });
    const returned = await applyCommand(t.db, {
      applicationId: fileId,
      expectedVersion: 1,
      command: { action: "RETURN", reasons: ["Pas foto berwarna 4x6: latar belakang harus merah"] },
      actor: { id: fo.id, roles: ["FRONT_OFFICE"] },
      data: { checklist: { PAS_FOTO: { ok: false, reason: "latar belakang harus merah" } } },
    });
    expect(returned.ok).toBe(true);
    const me = await as(applicantId);
    const file = await me.applications.get({ id: fileId });
    expect(file.status).toBe("RETURNED");
    expect(file.returned?.checklist.PAS_FOTO).toEqual({ ok: false, reason: "latar belakang harus merah" });
    expect(file.actions).toEqual(expect.arrayContaining(["RESUBMIT", "WITHDRAW"]));
    expect((await upload(applicantId, fileId, "PAS_FOTO", samplePng(), "foto-baru.png")).ok).toBe(true);
    const after = await me.applications.get({ id: fileId });
    const photo = after.requirements.find((r) => r.code === "PAS_FOTO")!;
    expect(photo.document?.displayName).toBe("foto-baru.png");
    expect(photo.history).toHaveLength(1);
    await me.applications.resubmit({ id: fileId, version: 2 });
    const back = await me.applications.get({ id: fileId });
    expect(back).toMatchObject({ status: "IN_PROGRESS" });
    expect(back.timeline?.currentStep).toBe(2);
    const event = await t.db.fileEvent.findFirstOrThrow({ where: { applicationId: fileId, action: "RESUBMIT" } });
    expect(event.data).toMatchObject({ documentsReplaced: ["PAS_FOTO"] });
  });

  it("tracks publicly with the registration number and the NIK's last four digits, showing no personal data", async () => {
    const file = await t.db.application.findUniqueOrThrow({ where: { id: fileId } });
    const anon = await as(null);
    const tracked = await anon.tracking.lookup({ registrationNumber: file.registrationNumber!.toLowerCase(), nikLast4: FORM.nik.slice(-4) });
    expect(tracked.statusLabel).toBe("Dalam Proses");
    expect(JSON.stringify(tracked)).not.toContain(FORM.fullName);
    expect(JSON.stringify(tracked)).not.toContain(FORM.nik);
    const wrong = await errorOf(anon.tracking.lookup({ registrationNumber: file.registrationNumber!, nikLast4: "9999" }));
    expect(wrong.code).toBe("NOT_FOUND");
  });

  it("changes the password only with the old one", async () => {
    const me = await as(applicantId);
    expect((await errorOf(me.account.changePassword({ currentPassword: "salah", newPassword: "baru12345", confirmation: "baru12345" }))).message).toBe(
      "Kata sandi lama salah.",
    );
    await me.account.changePassword({ currentPassword: "rahasia123", newPassword: "baru12345", confirmation: "baru12345" });
  });

  it("withdraws with a reason", async () => {
    const me = await as(applicantId);
    const other = (await me.applications.create({ permitTypeCode: "SIK-PEREKAM-MEDIS" })).id;
    expect((await errorOf(me.applications.withdraw({ id: other, version: 0, reason: "x" }))).code).toBe("BAD_REQUEST");
    await me.applications.withdraw({ id: other, version: 0, reason: "Pindah tugas ke kabupaten lain" });
    expect((await me.applications.get({ id: other })).status).toBe("WITHDRAWN");
  });
});

describe("a second applicant never sees the first applicant's file", () => {
  /** Every portal procedure, with an input aimed at the first applicant's file where it takes one. */
  function inputs(version: number, noticeId: string): Record<string, unknown> {
    return {
      health: undefined,
      "service.permitTypes": undefined,
      "service.office": undefined,
      "tracking.lookup": { registrationNumber: "PM-0000-0000-0000", nikLast4: "0000" },
      "verify.permit": { number: "503/1/SIK-PM/DPMPTSP/2026" },
      "verify.documentHash": { sha256: "0".repeat(64) },
      "account.register": { name: "", nik: "", email: "", phone: "", password: "", passwordConfirmation: "" },
      "account.changePassword": { currentPassword: "salah", newPassword: "abc12345", confirmation: "abc12345" },
      "me.profile": undefined,
      "applications.mine": undefined,
      "applications.create": { permitTypeCode: "TIDAK-ADA" },
      "applications.get": { id: fileId },
      "applications.saveForm": { id: fileId, form: { fullName: "Penyusup" } },
      "applications.removeDocument": { id: fileId, requirementCode: "KTP" },
      "applications.submit": { id: fileId, version },
      "applications.resubmit": { id: fileId, version },
      "applications.withdraw": { id: fileId, version, reason: "bukan milik saya" },
      "applications.confirmReceipt": { id: fileId, version },
      "notifications.list": { limit: 50 },
      "notifications.markRead": { ids: [noticeId] },
      "notifications.open": { id: noticeId },
    };
  }

  it("gets not-found or a refusal from every procedure, and never the data", async () => {
    const intruder = await t.db.user.findFirstOrThrow({ where: { email: "budi.sinaga@contoh.id" } });
    const before = await t.db.application.findUniqueOrThrow({ where: { id: fileId }, include: { documents: true } });
    const victim = await t.db.user.findUniqueOrThrow({ where: { id: applicantId } });
    // The first applicant's own notice (their file's submission), aimed at by the intruder.
    const notice = await t.db.notification.findFirstOrThrow({ where: { recipientId: applicantId, channel: "IN_APP" } });
    const all = inputs(before.version, notice.id);
    const procedures = Object.keys((portalRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures);
    expect(procedures.sort()).toEqual(Object.keys(all).sort());
    const client = (await as(intruder.id)) as unknown as Record<string, unknown>;
    for (const procedure of procedures) {
      const fn = procedure.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], client) as (i: unknown) => Promise<unknown>;
      let output: unknown;
      try {
        output = await fn(all[procedure]);
      } catch (error) {
        expect(error, procedure).toBeInstanceOf(TRPCError);
        expect(["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST", "UNAUTHORIZED"], procedure).toContain((error as TRPCError).code);
        expect((error as TRPCError).message, procedure).not.toContain(victim.name);
        continue;
      }
      const text = JSON.stringify(output) ?? "";
      for (const secret of [fileId, before.registrationNumber!, victim.name, victim.nik!]) {
        expect(text.includes(secret), `${procedure} leaked ${secret}`).toBe(false);
      }
    }
    const after = await t.db.application.findUniqueOrThrow({ where: { id: fileId }, include: { documents: true } });
    expect(after.version).toBe(before.version);
    expect(after.form).toEqual(before.form);
    expect(after.documents.map((d) => d.supersededAt)).toEqual(before.documents.map((d) => d.supersededAt));
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).toBe(notice.readAt);
  });

  it("gets nothing from the document URLs of the first applicant's file", async () => {
    const intruder = await t.db.user.findFirstOrThrow({ where: { email: "budi.sinaga@contoh.id" } });
    const docs = await t.db.document.findMany({ where: { applicationId: fileId } });
    expect(docs.length).toBeGreaterThan(8);
    for (const d of docs) {
      expect(await readDocument(await ctxFor(intruder.id), { kind: "upload", id: d.id })).toBeNull();
      expect(await readDocument(await ctxFor(null), { kind: "upload", id: d.id })).toBeNull();
      const own = await readDocument(await ctxFor(applicantId), { kind: "upload", id: d.id });
      expect(own?.bytes.byteLength).toBe(d.sizeBytes);
    }
    const upload = await uploadRequirementDocument({ ...(await ctxFor(intruder.id)), user: (await ctxFor(intruder.id)).user! }, {
      applicationId: fileId,
      requirementCode: "KTP",
      fileName: "x.pdf",
      body: streamOf(samplePdf()),
    });
    expect(upload).toMatchObject({ ok: false, status: 404 });
  });
});
