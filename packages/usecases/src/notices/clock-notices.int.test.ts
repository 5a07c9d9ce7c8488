import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft } from "@perizinan/db/files";
import { enqueueNotifications } from "@perizinan/db/outbox";
import { createTestDatabase, type TestDatabase } from "@perizinan/db/test-harness";
import { LocalDiskStorage } from "@perizinan/storage";
import { changeFile, type UseCaseDeps } from "../files/change-file";
import { sweepStepClocks } from "./clock-notices";
import { writeDailyDigests } from "./digests";

// The office works Monday to Friday, 08:00–16:00 WIB. Tuesday 11 March 2025 is made a holiday.
const wib = (local: string) => new Date(`${local}:00+07:00`);
const HOLIDAY = "2025-03-11";

let t: TestDatabase;
let deps: UseCaseDeps;
let storageDir: string;
let fileId: string;
let number: string;
const staff: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-clock-"));
  deps = { db: t.db, storage: new LocalDiskStorage(storageDir) };
  for (const u of await t.db.user.findMany()) staff[u.username ?? u.email!] = u.id;
  const office = await t.db.office.findFirstOrThrow();
  await t.db.holiday.create({ data: { officeId: office.id, date: HOLIDAY, name: "Libur uji" } });
  await t.db.technicalAgency.update({ where: { officeId_code: { officeId: office.id, code: "DINKES" } }, data: { email: "sekretariat@dinkes.contoh.id" } });

  const permitTypeId = (await t.db.permitType.findFirstOrThrow({ where: { code: "SIK-PEREKAM-MEDIS" } })).id;
  const applicant = staff["sari.manik@contoh.id"]!;
  const draft = await createDraft(t.db, { permitTypeId, applicantId: applicant, form: {} });
  number = `PM-JAM-${draft.id.slice(-6)}`;
  await changeFile(deps, { fileId: draft.id, expectedVersion: 0, command: { action: "COMPLETE" }, actor: { id: applicant, roles: ["PEMOHON"] }, columns: { registrationNumber: number } });
  fileId = draft.id;
  // Step 6 (Tim Teknis, one working day) entered on Monday 10 March at 08:00 with one named member:
  // at risk at 14:00 (75 %), due at 16:00.
  await t.db.application.update({
    where: { id: fileId },
    data: {
      currentStep: 6,
      restrictedRoles: ["TIM_TEKNIS"],
      assignees: [staff.timteknis!],
      stepStartedAt: wib("2025-03-10T08:00"),
      stepAtRiskAt: wib("2025-03-10T14:00"),
      stepDueAt: wib("2025-03-10T16:00"),
    },
  });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

const told = async () =>
  (await t.db.notification.findMany({ where: { applicationId: fileId, kind: { in: ["STEP_AT_RISK", "STEP_OVERDUE", "ESCALATION"] } }, orderBy: { createdAt: "asc" } })).map((n) => ({
    kind: n.kind,
    to: n.recipientId ?? n.address,
    channel: n.channel,
    key: n.idempotencyKey,
    subject: n.subject,
    body: n.body,
  }));

const roleHolders = async (role: "BACK_OFFICE" | "KABID_PELAYANAN" | "SEKRETARIS" | "KADIS") =>
  (await t.db.user.findMany({ where: { active: true, kind: "STAFF", roles: { some: { role } } }, select: { id: true } })).map((u) => u.id).sort();

describe("the SOP's clock, swept with an injected time, in working time across a holiday", () => {
  it("before the at-risk moment nothing is told", async () => {
    await sweepStepClocks(t.db, wib("2025-03-10T13:59"));
    expect(await told()).toEqual([]);
  });

  it("at risk: only the named member hears, once", async () => {
    const first = await sweepStepClocks(t.db, wib("2025-03-10T14:30"));
    expect(first.written).toBeGreaterThan(0);
    const rows = await told();
    expect(new Set(rows.map((r) => r.to))).toEqual(new Set([staff.timteknis]));
    expect(rows.every((r) => r.kind === "STEP_AT_RISK")).toBe(true);
    expect(rows[0]!.subject).toBe(`Mendekati batas waktu: 6. Koordinasi Tim Teknis — ${number}`);
    expect(rows[0]!.body).toContain("10 Maret 2025 pukul 16.00 WIB");
    expect((await sweepStepClocks(t.db, wib("2025-03-10T15:00"))).written).toBe(0);
    expect(await told()).toHaveLength(rows.length);
  });

  it("on the holiday the step is past its wall-clock deadline but not late: nothing is told", async () => {
    await sweepStepClocks(t.db, wib("2025-03-11T12:00"));
    expect((await told()).filter((r) => r.kind !== "STEP_AT_RISK")).toEqual([]);
  });

  it("overdue on the next working morning, then the first supervisor and the agency at half the standard late", async () => {
    await sweepStepClocks(t.db, wib("2025-03-12T09:00"));
    const overdue = (await told()).filter((r) => r.kind === "STEP_OVERDUE");
    expect(new Set(overdue.map((r) => r.to))).toEqual(new Set([staff.timteknis]));
    expect((await told()).filter((r) => r.kind === "ESCALATION")).toEqual([]);

    // 11:59 is 3 h 59 m late (the holiday does not count): not yet; 12:00 is 4 h, half of one working day.
    await sweepStepClocks(t.db, wib("2025-03-12T11:59"));
    expect((await told()).filter((r) => r.kind === "ESCALATION")).toEqual([]);
    await sweepStepClocks(t.db, wib("2025-03-12T12:00"));
    const escalated = (await told()).filter((r) => r.kind === "ESCALATION");
    const inApp = escalated.filter((r) => r.channel === "IN_APP").map((r) => r.to as string).sort();
    expect(inApp).toEqual(await roleHolders("BACK_OFFICE"));
    const agency = escalated.filter((r) => r.to === "sekretariat@dinkes.contoh.id");
    expect(agency.map((r) => [r.channel, r.key])).toEqual([["EMAIL", expect.stringMatching(/^jam:.+:6:\d+:ESCALATION:1\|instansi:.+\|EMAIL$/)]]);
    expect(escalated[0]!.subject).toBe(`Eskalasi: ${number} terlambat 4 jam di Tim Teknis`);
    const watch = await t.db.stepWatch.findUniqueOrThrow({ where: { applicationId: fileId } });
    expect(watch.escalatedTo).toEqual(["BACK_OFFICE"]);
  });

  it("a sweep that was away catches up: each further supervisor once, nothing said twice", async () => {
    const before = await told();
    await sweepStepClocks(t.db, wib("2025-03-17T10:00"));
    await sweepStepClocks(t.db, wib("2025-03-17T10:01"));
    const rows = await told();
    const added = rows.slice(before.length);
    expect(added.every((r) => r.kind === "ESCALATION")).toBe(true);
    const levels = new Set(added.map((r) => /ESCALATION:(\d)/.exec(r.key)![1]));
    expect(levels).toEqual(new Set(["2", "3", "4"]));
    for (const [level, role] of [["2", "KABID_PELAYANAN"], ["3", "SEKRETARIS"], ["4", "KADIS"]] as const) {
      const heard = added.filter((r) => r.key.includes(`ESCALATION:${level}|`) && r.channel === "IN_APP").map((r) => r.to as string).sort();
      expect(heard).toEqual(await roleHolders(role));
    }
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    const watch = await t.db.stepWatch.findUniqueOrThrow({ where: { applicationId: fileId } });
    expect(watch).toMatchObject({ escalatedTo: ["BACK_OFFICE", "KABID_PELAYANAN", "SEKRETARIS", "KADIS"], nextAt: null });
  });

  it("two sweeps at once tell the same visit once", async () => {
    await t.db.application.update({ where: { id: fileId }, data: { stepStartedAt: wib("2025-03-18T08:00"), stepAtRiskAt: wib("2025-03-18T14:00"), stepDueAt: wib("2025-03-18T16:00") } });
    const before = (await told()).length;
    await Promise.all([sweepStepClocks(t.db, wib("2025-03-19T15:00")), sweepStepClocks(t.db, wib("2025-03-19T15:00"))]);
    const added = (await told()).slice(before);
    // The step entered again is a new visit: overdue and the first two levels (7 working hours late), each once.
    expect(new Set(added.map((r) => `${r.kind}:${/ESCALATION:(\d)/.exec(r.key)?.[1] ?? ""}`))).toEqual(new Set(["STEP_OVERDUE:", "ESCALATION:1"]));
    expect(new Set(added.map((r) => r.key)).size).toBe(added.length);
  });
});

describe("the morning digests", () => {
  it("the Kadis's list of files late now, once a working day after 07:30 office time", async () => {
    const kadis = await roleHolders("KADIS");
    const digests = () => t.db.notification.findMany({ where: { kind: "KADIS_DIGEST", channel: "IN_APP" }, orderBy: { createdAt: "asc" } });
    await writeDailyDigests(t.db, wib("2025-03-20T07:29"));
    expect(await digests()).toEqual([]);
    await writeDailyDigests(t.db, wib("2025-03-20T07:31"));
    await writeDailyDigests(t.db, wib("2025-03-20T09:00"));
    const rows = await digests();
    expect(rows.map((r) => r.recipientId).sort()).toEqual(kadis);
    expect(rows[0]!.subject).toMatch(/^Berkas terlambat per 20 Maret 2025: \d+ berkas$/);
    expect(rows[0]!.body).toContain("Tim Teknis (");
    expect(rows[0]!.body).toContain("dr. Lamhot Sihombing:");
    expect(rows[0]!.body).toContain(`- ${number} (`);
    expect(rows[0]!.link).toBe("/dasbor");
  });

  it("no digest on the holiday", async () => {
    const before = await t.db.notification.count({ where: { kind: { in: ["KADIS_DIGEST", "WORK_DIGEST"] } } });
    expect(await writeDailyDigests(t.db, wib("2025-03-11T08:00"))).toBe(0);
    expect(await t.db.notification.count({ where: { kind: { in: ["KADIS_DIGEST", "WORK_DIGEST"] } } })).toBe(before);
  });

  it("a member who takes new work as a digest gets what came in since their last one", async () => {
    const member = staff.timteknis2!;
    await t.db.user.update({ where: { id: member }, data: { workDigest: true, email: "rosmawati@kantor.contoh.id" } });
    const work = (reg: string, at: Date) =>
      t.db.$transaction((tx) =>
        enqueueNotifications(
          tx,
          [
            {
              idempotencyKey: `uji:${reg}|${member}|IN_APP`,
              officeId: null,
              applicationId: null,
              recipientId: member,
              channel: "IN_APP",
              kind: "NEW_WORK",
              address: null,
              subject: "Pekerjaan baru",
              body: "",
              link: null,
              values: { "berkas.nomorRegistrasi": reg, "berkas.jenisIzin": "Izin Uji", "berkas.langkah": "6. Koordinasi Tim Teknis", "berkas.tenggat": "21 Maret 2025 pukul 16.00 WIB" },
            },
          ],
          at,
        ),
      );
    await work("UJI-1", wib("2025-03-20T10:00"));
    await writeDailyDigests(t.db, wib("2025-03-21T07:45"));
    await work("UJI-2", wib("2025-03-21T10:00"));
    await writeDailyDigests(t.db, wib("2025-03-24T07:45"));
    const digests = await t.db.notification.findMany({ where: { kind: "WORK_DIGEST", recipientId: member }, orderBy: [{ createdAt: "asc" }, { channel: "asc" }] });
    expect(digests.map((d) => [d.channel, d.address])).toEqual([
      ["IN_APP", null],
      ["EMAIL", "rosmawati@kantor.contoh.id"],
      ["IN_APP", null],
      ["EMAIL", "rosmawati@kantor.contoh.id"],
    ]);
    expect(digests[0]!.body).toContain("- UJI-1 (Izin Uji): 6. Koordinasi Tim Teknis, batas waktu 21 Maret 2025 pukul 16.00 WIB");
    expect(digests[0]!.body).not.toContain("UJI-2");
    expect(digests[2]!.body).toContain("UJI-2");
    expect(digests[2]!.body).not.toContain("UJI-1");
  });
});
