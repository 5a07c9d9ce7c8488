import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test-harness";
import { applyCommand } from "./apply-command";
import { createDraft } from "./create-draft";

let t: TestDatabase;
let applicant: { id: string; roles: ["PEMOHON"] };
let frontOffice: { id: string; roles: ["FRONT_OFFICE"] };
let permitTypeId: string;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  const a = await t.db.user.findFirstOrThrow({ where: { kind: "APPLICANT" } });
  const fo = await t.db.user.findFirstOrThrow({ where: { username: "frontoffice" } });
  applicant = { id: a.id, roles: ["PEMOHON"] };
  frontOffice = { id: fo.id, roles: ["FRONT_OFFICE"] };
  permitTypeId = (await t.db.permitType.findFirstOrThrow()).id;
});
afterAll(async () => {
  await t?.close();
});

async function submittedFile() {
  const draft = await createDraft(t.db, { permitTypeId, applicantId: applicant.id, form: {} });
  const r = await applyCommand(t.db, { applicationId: draft.id, expectedVersion: 0, command: { action: "COMPLETE" }, actor: applicant });
  expect(r.ok).toBe(true);
  return draft.id;
}

describe("applyCommand", () => {
  it("moves the file and appends exactly one event in the same transaction", async () => {
    const id = await submittedFile();
    const r = await applyCommand(t.db, {
      applicationId: id,
      expectedVersion: 1,
      command: { action: "COMPLETE" },
      actor: frontOffice,
      ipAddress: "10.1.2.3",
      userAgent: "vitest",
      data: { checklist: { KTP: "OK" } },
    });
    expect(r.ok).toBe(true);
    const file = await t.db.application.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { seq: "asc" } } } });
    expect(file.currentStep).toBe(3);
    expect(file.version).toBe(2);
    expect(file.events.map((e) => [e.seq, e.action, e.actorRole, e.fromStep, e.toStep])).toEqual([
      [1, "COMPLETE", "PEMOHON", 1, 2],
      [2, "COMPLETE", "FRONT_OFFICE", 2, 3],
    ]);
    expect(file.events[1]).toMatchObject({ ipAddress: "10.1.2.3", userAgent: "vitest", data: { checklist: { KTP: "OK" } } });
  });

  it("refuses an action made on an old version, and changes nothing", async () => {
    const id = await submittedFile();
    const r = await applyCommand(t.db, { applicationId: id, expectedVersion: 0, command: { action: "COMPLETE" }, actor: frontOffice });
    expect(r).toMatchObject({ ok: false, code: "STALE_VERSION" });
    expect(await t.db.fileEvent.count({ where: { applicationId: id } })).toBe(1);
  });

  it("passes the domain's refusal through with its Indonesian message, and changes nothing", async () => {
    const id = await submittedFile();
    const r = await applyCommand(t.db, { applicationId: id, expectedVersion: 1, command: { action: "COMPLETE" }, actor: applicant });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    if (!r.ok) expect(r.message).toMatch(/[a-z]/);
    const file = await t.db.application.findUniqueOrThrow({ where: { id } });
    expect([file.version, file.currentStep]).toEqual([1, 2]);
  });

  it("rolls back the event when work in the same transaction fails", async () => {
    const id = await submittedFile();
    await expect(
      applyCommand(t.db, {
        applicationId: id,
        expectedVersion: 1,
        command: { action: "COMPLETE" },
        actor: frontOffice,
        alsoInTransaction: async () => {
          throw new Error("storage failed");
        },
      }),
    ).rejects.toThrow("storage failed");
    const file = await t.db.application.findUniqueOrThrow({ where: { id }, include: { _count: { select: { events: true } } } });
    expect([file.version, file.currentStep, file._count.events]).toEqual([1, 2, 1]);
  });

  it("refuses an unknown file as NOT_FOUND", async () => {
    const r = await applyCommand(t.db, { applicationId: "nope", expectedVersion: 0, command: { action: "COMPLETE" }, actor: applicant });
    expect(r).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("the database itself refuses to update or delete an event", async () => {
    await submittedFile();
    const event = await t.db.fileEvent.findFirstOrThrow();
    await expect(t.db.fileEvent.update({ where: { id: event.id }, data: { note: "diubah" } })).rejects.toThrow(/append-only/);
    await expect(t.db.fileEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });

  it("50 concurrent attempts at the same step → exactly one event", async () => {
    const id = await submittedFile();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        applyCommand(t.db, { applicationId: id, expectedVersion: 1, command: { action: "COMPLETE" }, actor: frontOffice }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "STALE_VERSION")).toHaveLength(49);
    expect(await t.db.fileEvent.count({ where: { applicationId: id } })).toBe(2);
  });
});
