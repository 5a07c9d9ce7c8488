import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@perizinan/db/test-harness";
import { backofficeRouter } from "./backoffice";
import { createContext } from "./context";
import { readDocument } from "./documents/read";
import { uploadRequirementDocument } from "./documents/upload";
import { portalRouter } from "./portal";
import { samplePdf, samplePng, streamOf } from "./testing/samples";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory } from "./trpc";

const office = useSeededOffice("sop");
const { storage, users } = office;
let t: TestDatabase;
beforeAll(() => {
  t = office.t;
});

async function staff(username: string) {
  return createCallerFactory(backofficeRouter)(await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: users.get(username)! }));
}
async function applicant(email = "budi.sinaga@contoh.id") {
  const ctx = await createContext({ db: t.db, storage, app: "portal", sessionUserId: users.get(email)! });
  return { caller: createCallerFactory(portalRouter)(ctx), ctx };
}

async function submitted(): Promise<string> {
  const { caller, ctx } = await applicant();
  const { id } = await caller.applications.create({ permitTypeCode: "SIK-PEREKAM-MEDIS" });
  await caller.applications.saveForm({
    id,
    form: { birthPlace: "Sidikalang", birthDate: "1992-08-07", address: "Jl. Pahlawan 12", strNumber: "RM 42", strLifetime: true, facilityName: "RSUD Sidikalang", facilityAddress: "Jl. Rumah Sakit 19" },
  });
  for (const r of (await caller.applications.get({ id })).requirements) {
    const image = !r.mimeTypes.includes("application/pdf");
    const up = await uploadRequirementDocument({ ...ctx, user: ctx.user! }, { applicationId: id, requirementCode: r.code, fileName: `${r.code}.${image ? "png" : "pdf"}`, body: streamOf(image ? samplePng() : samplePdf(r.code)) });
    expect(up.ok, r.code).toBe(true);
  }
  await caller.applications.submit({ id, version: 0 });
  return id;
}

type Act = Parameters<Awaited<ReturnType<typeof staff>>["files"]["act"]>[0];
/** At a completeness check, COMPLETE comes with every requirement judged as met unless the test says otherwise. */
async function act(username: string, id: string, action: Act["action"], extra: Partial<Act> = {}) {
  const caller = await staff(username);
  const file = await caller.files.get({ id });
  const judged = file.step.offersChecklist && action === "COMPLETE" && !extra.checklist ? { checklist: Object.fromEntries(file.requirements.map((r) => [r.code, { ok: true }])) } : {};
  return caller.files.act({ id, version: file.version, action, ...judged, ...extra });
}

const toTechnicalTeam = async (id: string) => {
  await act("frontoffice", id, "COMPLETE");
  await act("frontoffice", id, "COMPLETE");
  await act("backoffice", id, "COMPLETE", { output: { isiDisposisi: "Verifikasi." } });
  await act("backoffice", id, "COMPLETE", { assignees: [users.get("timteknis")!] });
  await act("timteknis", id, "COMPLETE");
  await act("timteknis", id, "COMPLETE", { output: { tanggalPeninjauan: "2026-11-27", jamPeninjauan: "09:30", tempatPeninjauan: "RSUD Sidikalang", hasilPeninjauan: "Sesuai." } });
};

describe("letters along the SOP", () => {
  it("issues a numbered, signed permit whose SHA-256 is recorded and whose number verifies", async () => {
    const id = await submitted();
    await toTechnicalTeam(id);
    const missing = await act("timteknis", id, "APPROVE").catch((e: TRPCError) => e);
    expect(missing).toBeInstanceOf(TRPCError);
    expect((missing as TRPCError).message).toMatch(/hasil penilaian/i);
    await act("timteknis", id, "APPROVE", { output: { hasilPenilaian: "Memenuhi syarat." } });
    for (const who of ["backoffice", "backoffice", "kabid", "sekretaris", "kadis", "kasubbag", "frontoffice"]) await act(who, id, "COMPLETE");
    const { caller } = await applicant();
    const before = await caller.applications.get({ id });
    await caller.applications.confirmReceipt({ id, version: before.version });

    const letters = await t.db.issuedDocument.findMany({ where: { applicationId: id }, orderBy: { createdAt: "asc" } });
    expect(letters.map((l) => [l.kind, l.step, l.isDraft, l.supersededAt === null])).toEqual([
      ["RESI_PENERIMAAN", 3, false, true],
      ["LEMBAR_DISPOSISI", 4, false, true],
      ["SURAT_PERMINTAAN_REKOMENDASI", 5, false, true],
      ["BERITA_ACARA", 7, false, true],
      ["REKOMENDASI", 8, false, true],
      ["SURAT_IZIN", 17, true, false],
      ["SURAT_IZIN", 21, false, true],
    ]);
    const permitLetter = letters.at(-1)!;
    expect(permitLetter.number).toMatch(/^503\/\d+\/SIK-PM\/DPMPTSP\/\d{4}$/);
    const served = await readDocument((await applicant()).ctx, { kind: "letter", id: permitLetter.id });
    expect(createHash("sha256").update(served!.bytes).digest("hex")).toBe(permitLetter.sha256);
    // The applicant never gets the draft, nor the office's working papers.
    expect(await readDocument((await applicant()).ctx, { kind: "letter", id: letters[5]!.id })).toBeNull();
    expect(await readDocument((await applicant()).ctx, { kind: "letter", id: letters[3]!.id })).toBeNull();
    expect((await (await applicant()).caller.applications.get({ id })).issuedDocuments.map((d) => d.kind)).toEqual(["RESI_PENERIMAAN", "SURAT_IZIN"]);

    const kadis = await t.db.user.findUniqueOrThrow({ where: { username: "kadis" } });
    const verified = await (await applicant()).caller.verify.permit({ number: permitLetter.number! });
    const issuer = await t.db.office.findFirstOrThrow({ where: { id: kadis.officeId! } });
    expect(verified).toMatchObject({ status: "VALID", holderName: "Budi Sinaga", signedByName: kadis.name, permitTypeName: "Surat Izin Kerja Perekam Medis", issuerName: issuer.shortName });
    const signEvent = await t.db.fileEvent.findFirstOrThrow({ where: { applicationId: id, fromStep: 20 } });
    expect(verified.status === "VALID" && verified.signedAt.getTime()).toBe(signEvent.at.getTime());
    expect(await (await applicant()).caller.verify.documentHash({ sha256: permitLetter.sha256 })).toMatchObject({ genuine: true, number: permitLetter.number });
    expect(await (await applicant()).caller.verify.documentHash({ sha256: letters[5]!.sha256 })).toEqual({ genuine: false });

    await expect(act("kadis", id, "REVOKE")).rejects.toThrow();
    await act("kadis", id, "REVOKE", { reasons: ["STR dicabut oleh konsil"] });
    expect(await (await applicant()).caller.verify.permit({ number: permitLetter.number! })).toMatchObject({ status: "REVOKED", revokedReason: "STR dicabut oleh konsil" });
  });

  it("numbers the rejection letter from the outgoing-letter book at step 13, carrying the initials and the signature", async () => {
    const id = await submitted();
    await toTechnicalTeam(id);
    await act("timteknis", id, "REJECT", { reasons: ["Tidak bekerja pada fasilitas tersebut"], output: { hasilPenilaian: "Tidak memenuhi." } });
    await act("timteknis", id, "COMPLETE");
    await act("kabid", id, "COMPLETE");
    await act("sekretaris", id, "COMPLETE");
    await act("sekretaris", id, "COMPLETE");
    await act("kasubbag", id, "COMPLETE");
    await act("frontoffice", id, "COMPLETE");
    await act("frontoffice", id, "RECORD_RECEIPT");
    const file = await t.db.application.findUniqueOrThrow({ where: { id } });
    expect(file.status).toBe("REJECTED");
    const letter = await t.db.issuedDocument.findFirstOrThrow({ where: { applicationId: id, kind: "SURAT_PENOLAKAN", supersededAt: null } });
    expect(letter).toMatchObject({ isDraft: false, step: 13 });
    expect(letter.number).toMatch(/^503\/\d+\/DPMPTSP\/\d{4}$/);
    expect(letter.signedById).toBe(users.get("sekretaris"));
    const receipt = await t.db.fileEvent.findFirstOrThrow({ where: { applicationId: id, action: "RECORD_RECEIPT" } });
    expect(receipt).toMatchObject({ actorRole: "FRONT_OFFICE", onBehalfOf: "PEMOHON" });
  });

  it("a step whose letter cannot be made changes nothing", async () => {
    const id = await submitted();
    await toTechnicalTeam(id);
    const before = await t.db.application.findUniqueOrThrow({ where: { id } });
    await expect(act("timteknis", id, "APPROVE", { output: {} })).rejects.toThrow();
    const after = await t.db.application.findUniqueOrThrow({ where: { id } });
    expect([after.version, after.currentStep]).toEqual([before.version, before.currentStep]);
  });
});
