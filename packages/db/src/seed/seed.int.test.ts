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
    holidays: await db.holiday.count(),
    books: await db.agendaBook.count(),
    files: await db.application.count(),
    events: await db.fileEvent.count(),
  };
}

describe(`seed (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("creates the office, its permit type with nine requirements, its SOP, staff for every role and demo files", async () => {
    const first = await seed(t.db);
    expect(first.created).toBe(true);
    const c = await counts();
    expect(c.offices).toBe(1);
    expect(c.requirements).toBe(9);
    expect(c.sopVersions).toBe(1);
    expect(c.books).toBe(2);
    expect(c.users).toBe(DEMO_STAFF.length + DEMO_APPLICANTS.length);
    const staffRoles = (await t.db.userRole.findMany({ where: { user: { kind: "STAFF" } } })).map((r) => r.role).sort();
    // One account per role, and two Tim Teknis members (a file assigned to one is not the other's).
    expect(staffRoles).toEqual(
      ["ADMIN", "AUDITOR", "BACK_OFFICE", "FRONT_OFFICE", "KABID_PELAYANAN", "KADIS", "KASUBBAG_UMUM", "SEKRETARIS", "TIM_TEKNIS", "TIM_TEKNIS"].sort(),
    );
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
