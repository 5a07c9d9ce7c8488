import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { uploadOfficeEmblem } from "./admin/office-emblem";
import { backofficeRouter } from "./backoffice";
import { createContext } from "./context";
import { dashboardMonthlyPdf } from "./dashboard/export";
import { formErrorOf } from "./errors";
import { samplePdf, samplePng, streamOf } from "./testing/samples";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory } from "./trpc";

const office = useSeededOffice("office");
const context = async (username: string) => {
  const ctx = await createContext({ db: office.t.db, storage: office.storage, app: "backoffice", sessionUserId: office.users.get(username)! });
  return { ctx: { ...ctx, user: ctx.user! }, caller: createCallerFactory(backofficeRouter)(ctx) };
};
const images = (pdf: Uint8Array | string) => (Buffer.from(pdf).toString("latin1").match(/\/Subtype \/Image/g) ?? []).length;

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { code: error.code, message: error.message, fieldErrors: formErrorOf(error)?.fieldErrors ?? {} };
  }
  throw new Error("expected the call to be refused");
}

describe("Administrasi → Kantor", () => {
  it("an administrator changes the kop lines and contacts; a blank optional contact is stored as none", async () => {
    const { caller } = await context("admin");
    const before = await caller.admin.office.get({});
    await caller.admin.office.update({ ...before, name: "Dinas Penanaman Modal dan PTSP", phone: "", website: " " });
    const row = await office.t.db.office.findFirstOrThrow();
    expect(row).toMatchObject({ name: "Dinas Penanaman Modal dan PTSP", phone: null, website: null, email: before.email });
    await caller.admin.office.update(before);
  });

  it("refuses empty names, a bad email and an unknown zone, naming each field, and changes nothing", async () => {
    const { caller } = await context("admin");
    const before = await office.t.db.office.findFirstOrThrow();
    const current = await caller.admin.office.get({});
    const refused = await refusal(caller.admin.office.update({ ...current, name: " ", governmentName: "", email: "bukan-email", timeZone: "Europe/Paris" as "Asia/Jakarta" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors).toMatchObject({
      name: "Nama dinas wajib diisi.",
      governmentName: "Nama pemerintah daerah (baris pertama kop) wajib diisi.",
      email: "Alamat email tidak valid.",
      timeZone: "Pilih zona waktu kantor: WIB, WITA, atau WIT.",
    });
    expect(await office.t.db.office.findFirstOrThrow()).toEqual(before);
  });

  it("keeps the time zone once files have been submitted: their deadlines and figures were counted on it", async () => {
    const { caller } = await context("admin");
    const current = await caller.admin.office.get({});
    const refused = await refusal(caller.admin.office.update({ ...current, timeZone: "Asia/Makassar" }));
    expect(refused.fieldErrors.timeZone).toMatch(/tidak dapat diubah setelah ada berkas yang diajukan/);
    expect((await office.t.db.office.findFirstOrThrow()).timeZone).toBe("Asia/Jakarta");
  });

  it("only an administrator may see or change the office's data", async () => {
    const { caller } = await context("kadis");
    expect((await refusal(caller.admin.office.get({}))).code).toBe("FORBIDDEN");
    const { ctx } = await context("kadis");
    expect(await uploadOfficeEmblem(ctx, streamOf(samplePng()))).toMatchObject({ ok: false, status: 403 });
  });

  it("takes a PNG emblem (not a PDF, not over 1 MB) and prints it in the kop of the next document", async () => {
    const { ctx } = await context("admin");
    expect(await uploadOfficeEmblem(ctx, streamOf(samplePdf()))).toEqual({ ok: false, status: 415, message: "Lambang daerah harus berupa gambar PNG atau JPEG." });
    expect(await uploadOfficeEmblem(ctx, streamOf(new Uint8Array(1024 * 1024 + 1)))).toMatchObject({ ok: false, status: 413 });
    await office.t.db.office.updateMany({ data: { emblemKey: null, emblemMimeType: null } });
    const without = await dashboardMonthlyPdf(ctx, { bulan: "2026-11" });
    expect(images(without.body as Uint8Array)).toBe(0);

    const uploaded = await uploadOfficeEmblem(ctx, streamOf(samplePng()));
    expect(uploaded).toMatchObject({ ok: true, mimeType: "image/png" });
    expect(await office.t.db.office.findFirstOrThrow()).toMatchObject({ emblemMimeType: "image/png", emblemKey: expect.stringMatching(/^sha256\//) as unknown });
    const withEmblem = await dashboardMonthlyPdf(ctx, { bulan: "2026-11" });
    expect(images(withEmblem.body as Uint8Array)).toBe(1);
  });
});
