import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test-harness";
import { DEMO_APPLICANTS, DEMO_STAFF, seed } from ".";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

async function counts() {
  const db = t.db;
  return {
    offices: await db.office.count(),
    users: await db.user.count(),
    roles: await db.userRole.count(),
    requirements: await db.requirement.count(),
    sopVersions: await db.sopVersion.count(),
    permitTypeVersions: await db.permitTypeVersion.count({ where: { status: "PUBLISHED" } }),
    agencies: await db.technicalAgency.count(),
    holidays: await db.holiday.count(),
    books: await db.agendaBook.count(),
    files: await db.application.count(),
    events: await db.fileEvent.count(),
  };
}

describe(`seed (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("creates the office, its four permit types (each version 1 with its flow, requirements and books), staff for every role and demo files", async () => {
    const first = await seed(t.db);
    expect(first.created).toBe(true);
    const c = await counts();
    expect(c.offices).toBe(1);
    const types = await t.db.permitType.findMany({ include: { _count: { select: { requirements: true, versions: true, sopVersions: true, agendaBooks: true } } }, orderBy: { code: "asc" } });
    expect(types.map((p) => [p.code, p._count.versions, p._count.sopVersions, p._count.agendaBooks])).toEqual([
      ["IZIN-REKLAME", 1, 1, 1],
      ["SIK-PEREKAM-MEDIS", 1, 1, 1],
      ["SIP-BIDAN", 1, 1, 1],
      ["SIP-PERAWAT", 1, 1, 1],
    ]);
    // SIK Perekam Medis asks eight documents under the 2023–24 rules (no professional-organisation recommendation).
    expect(types.find((p) => p.code === "SIK-PEREKAM-MEDIS")!._count.requirements).toBe(8);
    expect(c.permitTypeVersions).toBe(4);
    expect(c.sopVersions).toBe(4);
    // Four permit books and the office's one outgoing-letter book, shared.
    expect(c.books).toBe(5);
    expect(c.agencies).toBe(2);
    expect(c.users).toBe(DEMO_STAFF.length + DEMO_APPLICANTS.length);
    const staffRoles = (await t.db.userRole.findMany({ where: { user: { kind: "STAFF" } } })).map((r) => r.role).sort();
    // One account per role, two health Tim Teknis members (a file assigned to one is not the other's) and one of public works.
    expect(staffRoles).toEqual(
      ["ADMIN", "AUDITOR", "BACK_OFFICE", "FRONT_OFFICE", "KABID_PELAYANAN", "KADIS", "KASUBBAG_UMUM", "SEKRETARIS", "TIM_TEKNIS", "TIM_TEKNIS", "TIM_TEKNIS"].sort(),
    );
    const members = await t.db.user.findMany({ where: { roles: { some: { role: "TIM_TEKNIS" } } }, select: { username: true, technicalAgency: { select: { code: true } } }, orderBy: { username: "asc" } });
    expect(members.map((m) => [m.username, m.technicalAgency?.code])).toEqual([["timteknis", "DINKES"], ["timteknis2", "DINKES"], ["timteknispupr", "DINAS_PUPR"]]);
    const demo = await t.db.application.findMany({ where: { id: { startsWith: "demo-berkas-" } }, orderBy: { id: "asc" } });
    expect(demo.map((a) => [a.id, a.status, a.currentStep])).toEqual([
      ["demo-berkas-baru", "IN_PROGRESS", 2],
      ["demo-berkas-dikembalikan", "RETURNED", 2],
      ["demo-berkas-draf", "DRAFT", 1],
      ["demo-berkas-tanda-tangan", "IN_PROGRESS", 20],
      ["demo-berkas-tim-teknis", "IN_PROGRESS", 6],
    ]);
    // Four months of history behind them, for the dashboard: issued, rejected, withdrawn and running files.
    const history = await t.db.application.groupBy({ by: ["status"], where: { id: { startsWith: "demo-riwayat-" } }, _count: true });
    const historyByStatus = Object.fromEntries(history.map((g) => [g.status, g._count]));
    expect(historyByStatus.ISSUED).toBeGreaterThanOrEqual(10);
    expect(historyByStatus.REJECTED).toBeGreaterThanOrEqual(1);
    expect(historyByStatus.WITHDRAWN).toBeGreaterThanOrEqual(1);
    // The dashboard's derived rows exist for every submitted file, written with its events.
    expect(await t.db.fileSummary.count()).toBe(await t.db.application.count({ where: { events: { some: {} } } }));
    expect(await t.db.stepStay.count()).toBeGreaterThan(250);
    // Every non-draft file's version equals its number of events: nothing moved without a record.
    for (const file of await t.db.application.findMany({ include: { _count: { select: { events: true } } } })) {
      expect(file._count.events).toBe(file.version);
    }
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await counts();
    const second = await seed(t.db);
    expect(second.created).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
