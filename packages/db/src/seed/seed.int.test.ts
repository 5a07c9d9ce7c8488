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
    expect(staffRoles).toEqual(
      ["ADMIN", "AUDITOR", "BACK_OFFICE", "FRONT_OFFICE", "KABID_PELAYANAN", "KADIS", "KASUBBAG_UMUM", "SEKRETARIS", "TIM_TEKNIS"].sort(),
    );
    const byStatus = await t.db.application.groupBy({ by: ["status"], _count: true });
    expect(Object.fromEntries(byStatus.map((g) => [g.status, g._count]))).toMatchObject({ DRAFT: 1, RETURNED: 1, IN_PROGRESS: 3 });
    const steps = (await t.db.application.findMany({ where: { status: "IN_PROGRESS" } })).map((a) => a.currentStep).sort((a, b) => a - b);
    expect(steps).toEqual([2, 6, 20]);
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
