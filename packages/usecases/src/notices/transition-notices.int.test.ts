import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft } from "@perizinan/db/files";
import { createTestDatabase, type TestDatabase } from "@perizinan/db/test-harness";
import { LocalDiskStorage } from "@perizinan/storage";
import { changeFile, type UseCaseDeps } from "../files/change-file";

let t: TestDatabase;
let deps: UseCaseDeps;
let storageDir: string;
let permitTypeId: string;
const users: Record<string, { id: string; roles: never[] }> = {};

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-notices-"));
  deps = { db: t.db, storage: new LocalDiskStorage(storageDir) };
  for (const u of await t.db.user.findMany({ include: { roles: true } })) users[u.username ?? u.email!] = { id: u.id, roles: u.roles.map((r) => r.role) as never[] };
  permitTypeId = (await t.db.permitType.findFirstOrThrow({ where: { code: "SIK-PEREKAM-MEDIS" } })).id;
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

const applicant = () => users["sari.manik@contoh.id"]!;

async function submitted(): Promise<string> {
  const draft = await createDraft(t.db, { permitTypeId, applicantId: applicant().id, form: {} });
  // Submitted after the draft exists (a time taken before it could precede the draft's own).
  await changeFile(deps, { fileId: draft.id, expectedVersion: 0, command: { action: "COMPLETE" }, actor: { id: applicant().id, roles: ["PEMOHON"] }, columns: { registrationNumber: `PM-T-${draft.id.slice(-8)}` } });
  return draft.id;
}

const rowsOf = (applicationId: string) => t.db.notification.findMany({ where: { applicationId }, orderBy: [{ kind: "asc" }, { channel: "asc" }, { recipientId: "asc" }] });

describe("a transition's notices are written with it, in its transaction", () => {
  it("submission: the applicant in-app and by email with the number and the expected date; the counter's staff get new work", async () => {
    const id = await submitted();
    const rows = await rowsOf(id);
    const mine = rows.filter((r) => r.kind === "FILE_SUBMITTED");
    expect(mine.map((r) => [r.channel, r.status, r.address])).toEqual([
      ["IN_APP", "SENT", null],
      ["EMAIL", "QUEUED", "sari.manik@contoh.id"],
    ]);
    const email = mine[1]!;
    const number = (await t.db.application.findUniqueOrThrow({ where: { id } })).registrationNumber!;
    expect(email.subject).toBe(`Permohonan ${number} telah diterima`);
    expect(email.body).toContain("Yth. Sari Manik");
    expect(email.body).toMatch(/perkiraan selesai \d{1,2} \w+ \d{4} pukul \d\d\.\d\d WIB/);
    expect(email.body).toContain(`/lacak?nomor=${number}`);
    expect(email.idempotencyKey).toBe(`berkas:${id}:1:FILE_SUBMITTED|${applicant().id}|EMAIL`);

    const work = rows.filter((r) => r.kind === "NEW_WORK");
    const frontOffice = await t.db.user.findMany({ where: { roles: { some: { role: "FRONT_OFFICE" } }, active: true } });
    expect(work.map((r) => r.recipientId).sort()).toEqual(frontOffice.map((u) => u.id).sort());
    expect(work.every((r) => r.link === `/berkas/${id}` && r.body.includes("2. "))).toBe(true);
  });

  it("a return tells the applicant each reason, the fix link and the deadline; the resubmission is acknowledged", async () => {
    const id = await submitted();
    await changeFile(deps, { fileId: id, expectedVersion: 1, command: { action: "RETURN", reasons: ["Pas foto buram", "STR sudah habis masa berlakunya"] }, actor: users.frontoffice! });
    const returned = (await rowsOf(id)).find((r) => r.kind === "FILE_RETURNED" && r.channel === "EMAIL")!;
    expect(returned.body).toContain("- Pas foto buram\n- STR sudah habis masa berlakunya");
    expect(returned.body).toContain(`/permohonan/${id}`);
    expect(returned.body).toMatch(/paling lambat \d{1,2} \w+ \d{4} pukul/);
    await changeFile(deps, { fileId: id, expectedVersion: 2, command: { action: "RESUBMIT" }, actor: { id: applicant().id, roles: ["PEMOHON"] } });
    const kinds = (await rowsOf(id)).filter((r) => r.channel === "EMAIL").map((r) => r.kind).sort();
    expect(kinds).toEqual(["FILE_RESUBMITTED", "FILE_RETURNED", "FILE_SUBMITTED"]);
  });

  it("a refused step writes no notice", async () => {
    const id = await submitted();
    const before = await t.db.notification.count({ where: { applicationId: id } });
    await expect(changeFile(deps, { fileId: id, expectedVersion: 1, command: { action: "RETURN" }, actor: users.frontoffice! })).rejects.toMatchObject({ code: expect.any(String) });
    await expect(changeFile(deps, { fileId: id, expectedVersion: 0, command: { action: "COMPLETE" }, actor: users.frontoffice! })).rejects.toMatchObject({ code: "STALE_VERSION" });
    expect(await t.db.notification.count({ where: { applicationId: id } })).toBe(before);
  });

  it("a recipient's choices: WhatsApp instead of email, and staff on a daily digest get new work in-app only", async () => {
    await t.db.user.update({ where: { id: applicant().id }, data: { notifyEmail: false, notifyWhatsApp: true } });
    const fo = await t.db.user.findFirstOrThrow({ where: { username: "frontoffice" } });
    await t.db.user.update({ where: { id: fo.id }, data: { email: "rina@kantor.contoh.id", workDigest: true } });
    try {
      const id = await submitted();
      const rows = await rowsOf(id);
      expect(rows.filter((r) => r.kind === "FILE_SUBMITTED").map((r) => [r.channel, r.address])).toEqual([["IN_APP", null], ["WHATSAPP", "6281260001111"]]);
      expect(rows.filter((r) => r.recipientId === fo.id).map((r) => r.channel)).toEqual(["IN_APP"]);
    } finally {
      await t.db.user.update({ where: { id: applicant().id }, data: { notifyEmail: true, notifyWhatsApp: false } });
      await t.db.user.update({ where: { id: fo.id }, data: { email: null, workDigest: false } });
    }
  });
});
