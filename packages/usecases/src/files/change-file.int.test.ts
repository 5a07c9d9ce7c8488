import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@perizinan/db";
import type { Command } from "@perizinan/domain";
import { applyCommand, createDraft } from "@perizinan/db/files";
import { createTestDatabase, type TestDatabase } from "@perizinan/db/test-harness";
import { renderTemplateLetter as renderLetter } from "@perizinan/letters";
import { LocalDiskStorage } from "@perizinan/storage";
import { PNG } from "pngjs";
import { AppError } from "../errors";
import { renderPendingLetters } from "../letters/pending-letters";
import { changeFile, type UseCaseDeps } from "./change-file";
import { performStepAction } from "./step-action";

let t: TestDatabase;
let deps: UseCaseDeps;
let storageDir: string;
const ids: Record<string, { id: string; roles: never[] } & { officeId: string }> = {};
let permitTypeId: string;

const actor = (username: string) => ids[username]! as unknown as { id: string; roles: ["FRONT_OFFICE"]; officeId: string };

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-usecases-"));
  deps = { db: t.db, storage: new LocalDiskStorage(storageDir) };
  for (const u of await t.db.user.findMany({ include: { roles: true } })) {
    ids[u.username ?? u.email!] = { id: u.id, roles: u.roles.map((r) => r.role) as never[], officeId: u.officeId! };
  }
  permitTypeId = (await t.db.permitType.findFirstOrThrow({ where: { code: "SIK-PEREKAM-MEDIS" } })).id;
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

/** A file submitted by the demo applicant (through the seed's history path: no documents needed). */
async function submitted(db: Db = t.db): Promise<string> {
  const applicant = ids["sari.manik@contoh.id"]!;
  const draft = await createDraft(db, { permitTypeId, applicantId: applicant.id, form: {} });
  const r = await applyCommand(db, { applicationId: draft.id, expectedVersion: 0, command: { action: "COMPLETE" }, actor: { id: applicant.id, roles: ["PEMOHON"] } });
  expect(r.ok).toBe(true);
  return draft.id;
}

/** Through the history path (no letters), to step 13, where the rejection letter is numbered. */
async function atRejectionLetterStep(): Promise<string> {
  const id = await submitted();
  const moves: [string, Command][] = [
    ["frontoffice", { action: "COMPLETE" }],
    ["frontoffice", { action: "COMPLETE" }],
    ["backoffice", { action: "COMPLETE" }],
    ["backoffice", { action: "COMPLETE", assignees: [ids.timteknis!.id] }],
    ["timteknis", { action: "COMPLETE" }],
    ["timteknis", { action: "COMPLETE" }],
    ["timteknis", { action: "REJECT", reasons: ["Tidak bekerja pada fasilitas tersebut"] }],
    ["timteknis", { action: "COMPLETE" }],
    ["kabid", { action: "COMPLETE" }],
    ["sekretaris", { action: "COMPLETE" }],
    ["sekretaris", { action: "COMPLETE" }],
  ];
  let version = 1;
  for (const [who, command] of moves) {
    const r = await applyCommand(t.db, { applicationId: id, expectedVersion: version, command, actor: ids[who]! });
    if (!r.ok) throw new Error(`${who} ${command.action}: ${r.message}`);
    version = r.version;
  }
  expect((await t.db.application.findUniqueOrThrow({ where: { id } })).currentStep).toBe(13);
  return id;
}

async function allMet(): Promise<Record<string, { ok: true }>> {
  const requirements = await t.db.requirement.findMany({ where: { permitTypeId, active: true } });
  return Object.fromEntries(requirements.map((r) => [r.code, { ok: true as const }]));
}

describe("changeFile: the one way a file changes", () => {
  it("moves the file and appends exactly one event, with the audit facts", async () => {
    const id = await submitted();
    const result = await performStepAction(deps, { fileId: id, version: 1, action: "COMPLETE", checklist: await allMet(), output: {}, actor: actor("frontoffice"), audit: { ipAddress: "10.1.2.3", userAgent: "vitest" } });
    expect([result.version, result.state.step]).toEqual([2, 3]);
    const file = await t.db.application.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { seq: "asc" } } } });
    expect([file.currentStep, file.version, file.events.length]).toEqual([3, 2, 2]);
    expect(file.events[1]).toMatchObject({ seq: 2, actorRole: "FRONT_OFFICE", ipAddress: "10.1.2.3", userAgent: "vitest" });
    expect(file.stepDueAt).not.toBeNull();
  });

  it("refuses with the domain's Indonesian message as an AppError, and changes nothing", async () => {
    const id = await submitted();
    const refusal = await changeFile(deps, { fileId: id, expectedVersion: 1, command: { action: "COMPLETE" }, actor: { id: ids["sari.manik@contoh.id"]!.id, roles: ["PEMOHON"] } }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: "FORBIDDEN" });
    const file = await t.db.application.findUniqueOrThrow({ where: { id } });
    expect([file.version, file.currentStep]).toEqual([1, 2]);
  });

  it("refuses an unknown file as NOT_FOUND and a stale version as STALE_VERSION", async () => {
    await expect(changeFile(deps, { fileId: "nope", expectedVersion: 0, command: { action: "COMPLETE" }, actor: actor("frontoffice") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const id = await submitted();
    await expect(performStepAction(deps, { fileId: id, version: 0, action: "COMPLETE", checklist: await allMet(), output: {}, actor: actor("frontoffice") })).rejects.toMatchObject({ code: "STALE_VERSION" });
  });

  it("rolls the step back whole when an effect cannot be carried out (no agenda book to number from)", async () => {
    const id = await atRejectionLetterStep();
    const book = await t.db.agendaBook.findFirstOrThrow({ where: { code: "OUTGOING_LETTER" } });
    await t.db.agendaBook.update({ where: { id: book.id }, data: { code: "TIDAK_ADA" } });
    try {
      const before = await t.db.application.findUniqueOrThrow({ where: { id }, include: { _count: { select: { events: true, pendingLetters: true } } } });
      const refusal = await performStepAction(deps, { fileId: id, version: before.version, action: "COMPLETE", output: {}, actor: actor("kasubbag") }).catch((e: unknown) => e);
      expect(refusal).toMatchObject({ code: "ILLEGAL_ACTION", message: expect.stringMatching(/Buku agenda OUTGOING_LETTER belum diatur/) });
      const after = await t.db.application.findUniqueOrThrow({ where: { id }, include: { _count: { select: { events: true, pendingLetters: true } } } });
      expect([after.version, after.currentStep, after._count.events, after._count.pendingLetters]).toEqual([before.version, 13, before._count.events, 0]);
    } finally {
      await t.db.agendaBook.update({ where: { id: book.id }, data: { code: "OUTGOING_LETTER" } });
    }
  });

  it("50 concurrent attempts at the same step → exactly one event, 49 STALE_VERSION", async () => {
    const id = await submitted();
    const checklist = await allMet();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => performStepAction(deps, { fileId: id, version: 1, action: "COMPLETE", checklist, output: {}, actor: actor("frontoffice") })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && (r.reason as AppError).code === "STALE_VERSION")).toHaveLength(49);
    expect(await t.db.fileEvent.count({ where: { applicationId: id } })).toBe(2);
  });

  it("the database refuses to update or delete an event, and to change a published SOP version", async () => {
    await submitted();
    const event = await t.db.fileEvent.findFirstOrThrow();
    await expect(t.db.fileEvent.update({ where: { id: event.id }, data: { note: "diubah" } })).rejects.toThrow(/append-only/);
    await expect(t.db.fileEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    const sop = await t.db.sopVersion.findFirstOrThrow();
    await expect(t.db.sopVersion.update({ where: { id: sop.id }, data: { definition: {} } })).rejects.toThrow(/tidak boleh diubah/);
  });
});

describe("the kop's emblem", () => {
  const png = (rgb: [number, number, number]) => {
    const image = new PNG({ width: 2, height: 2 });
    for (let i = 0; i < 4; i++) image.data.set([...rgb, 255], i * 4);
    return PNG.sync.write(image);
  };
  const imagesIn = async (key: string) => (Buffer.from((await deps.storage.get(key))!).toString("latin1").match(/\/Subtype \/Image/g) ?? []).length;

  it("a letter prints the emblem the office had when it was made, even when rendered after a new one is uploaded", async () => {
    const officeId = actor("frontoffice").officeId;
    const gold = await deps.storage.put(png([201, 162, 39]));
    await t.db.office.update({ where: { id: officeId }, data: { emblemKey: gold.key, emblemMimeType: "image/png" } });
    const id = await submitted();
    await performStepAction(deps, { fileId: id, version: 1, action: "COMPLETE", checklist: await allMet(), output: {}, actor: actor("frontoffice") });
    const failing: UseCaseDeps = { ...deps, renderLetter: () => Promise.reject(new Error("render gagal")) };
    await performStepAction(failing, { fileId: id, version: 2, action: "COMPLETE", output: {}, actor: actor("frontoffice") });

    const green = await deps.storage.put(png([22, 101, 52]));
    await t.db.office.update({ where: { id: officeId }, data: { emblemKey: green.key } });
    let printed: Uint8Array | null = null;
    await renderPendingLetters({ ...deps, renderLetter: async (input) => { printed = input.letterhead.emblem ?? null; return renderLetter(input); } }, id);
    expect(Buffer.from(printed!)).toEqual(Buffer.from((await deps.storage.get(gold.key))!));
    const resi = await t.db.issuedDocument.findFirstOrThrow({ where: { applicationId: id, kind: "RESI_PENERIMAAN" } });
    // The image, and its transparency as a soft mask: the PNG has an alpha channel.
    expect(await imagesIn(resi.storageKey)).toBe(2);
    await t.db.office.update({ where: { id: officeId }, data: { emblemKey: null, emblemMimeType: null } });
  });
});

describe("letters are rendered after the commit, outside the agenda lock", () => {
  it("a render that fails after numbering loses no number and gives none twice; the retry renders the same number", async () => {
    // A file at the receipt step (3) produces the Resi; at 13/21 numbered letters. Here: the Resi
    // at step 3, and a numbered rejection letter reached through the seed path of sop-paths.
    const id = await submitted();
    await performStepAction(deps, { fileId: id, version: 1, action: "COMPLETE", checklist: await allMet(), output: {}, actor: actor("frontoffice") });
    const failing: UseCaseDeps = { ...deps, renderLetter: () => Promise.reject(new Error("pdfkit kehabisan memori")) };
    const step3 = await performStepAction(failing, { fileId: id, version: 2, action: "COMPLETE", output: {}, actor: actor("frontoffice") });
    expect(step3.state.step).toBe(4);
    expect(step3.letters.failed.map((f) => f.kind)).toEqual(["RESI_PENERIMAAN"]);
    const pending = await t.db.pendingLetter.findMany({ where: { applicationId: id } });
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ attempts: 1, lastError: "pdfkit kehabisan memori" });
    expect(await t.db.issuedDocument.count({ where: { applicationId: id } })).toBe(0);

    const retried = await renderPendingLetters({ ...deps, renderLetter }, id);
    expect(retried.rendered.map((r) => r.kind)).toEqual(["RESI_PENERIMAAN"]);
    expect(await t.db.pendingLetter.count({ where: { applicationId: id } })).toBe(0);
    expect(await t.db.issuedDocument.count({ where: { applicationId: id, kind: "RESI_PENERIMAAN" } })).toBe(1);
    // A second renderer finding nothing pending records nothing twice.
    expect((await renderPendingLetters(deps, id)).rendered).toEqual([]);
  });

  it("numbers stay gap-free and unique when a numbered letter's render fails, and the retry prints the number it was given", async () => {
    const first = await atRejectionLetterStep();
    const second = await atRejectionLetterStep();
    const failing: UseCaseDeps = { ...deps, renderLetter: () => Promise.reject(new Error("render gagal")) };
    const version = async (id: string) => (await t.db.application.findUniqueOrThrow({ where: { id } })).version;

    const a = await performStepAction(failing, { fileId: first, version: await version(first), action: "COMPLETE", output: {}, actor: actor("kasubbag") });
    expect(a.letters.failed).toHaveLength(1);
    const pending = await t.db.pendingLetter.findFirstOrThrow({ where: { applicationId: first } });
    const b = await performStepAction(deps, { fileId: second, version: await version(second), action: "COMPLETE", output: {}, actor: actor("kasubbag") });
    expect(b.letters.rendered).toHaveLength(1);

    const entries = await t.db.agendaEntry.findMany({ where: { applicationId: { in: [first, second] } }, orderBy: { seq: "asc" } });
    expect(entries.map((e) => e.applicationId)).toEqual([first, second]);
    expect(entries[1]!.seq).toBe(entries[0]!.seq + 1);
    expect(pending.number).toBe(entries[0]!.number);

    await renderPendingLetters(deps, first);
    const letters = await t.db.issuedDocument.findMany({ where: { applicationId: { in: [first, second] }, kind: "SURAT_PENOLAKAN" } });
    const numberOf = (id: string) => letters.filter((l) => l.applicationId === id).map((l) => l.number);
    expect([[first, ...numberOf(first)], [second, ...numberOf(second)]]).toEqual([
      [first, entries[0]!.number],
      [second, entries[1]!.number],
    ]);
    // Every number of the book's year belongs to exactly one agenda entry: 1…n, no gaps.
    const year = await t.db.agendaEntry.findMany({ where: { bookId: entries[0]!.bookId, year: entries[0]!.year }, orderBy: { seq: "asc" } });
    expect(year.map((e) => e.seq)).toEqual(year.map((_, i) => i + 1));
  });
});
