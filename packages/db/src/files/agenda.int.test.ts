import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test-harness";
import { allocateAgendaNumber, formatAgendaNumber } from "./agenda";

let t: TestDatabase;
let officeId: string;
let permitTypeId: string;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  officeId = (await t.db.office.findFirstOrThrow()).id;
  permitTypeId = (await t.db.permitType.findFirstOrThrow({ where: { code: "SIK-PEREKAM-MEDIS" } })).id;
});
afterAll(async () => {
  await t?.close();
});

const at = new Date("2031-03-10T03:00:00Z");

describe("agenda numbering", () => {
  it("formats the book's pattern", () => {
    expect(formatAgendaNumber("503/{seq}/SIK-PM/DPMPTSP/{year}", 7, { year: 2026, month: 11 })).toBe("503/7/SIK-PM/DPMPTSP/2026");
    expect(formatAgendaNumber("800/{seq}/{month}/{year}", 12, { year: 2026, month: 11 })).toBe("800/12/XI/2026");
  });

  it("starts at 1 each year, counts per book, and gives a number back when the step rolls back", async () => {
    const take = (book: "PERMIT" | "OUTGOING_LETTER", when = at) =>
      t.db.$transaction((tx) => allocateAgendaNumber(tx, { officeId, book, scope: book === "PERMIT" ? "PERMIT_TYPE" : "OFFICE", permitTypeId, at: when }));
    expect((await take("PERMIT")).number).toBe("503/1/SIK-PM/DPMPTSP/2031");
    expect((await take("PERMIT")).number).toBe("503/2/SIK-PM/DPMPTSP/2031");
    expect((await take("OUTGOING_LETTER")).seq).toBe(1);
    await expect(
      t.db.$transaction(async (tx) => {
        await allocateAgendaNumber(tx, { officeId, book: "PERMIT", scope: "PERMIT_TYPE", permitTypeId, at });
        throw new Error("the step failed");
      }),
    ).rejects.toThrow("the step failed");
    expect((await take("PERMIT")).seq).toBe(3);
    // 31 Dec 2031 23:30 WIB is still 2031 in the office, though 2032 is near: local year decides.
    expect((await take("PERMIT", new Date("2031-12-31T16:30:00Z"))).seq).toBe(4);
    expect((await take("PERMIT", new Date("2031-12-31T17:00:00Z"))).number).toBe("503/1/SIK-PM/DPMPTSP/2032");
  });

  it("200 concurrent allocations → 1…200, each once", async () => {
    const when = new Date("2040-06-01T03:00:00Z");
    const numbers = await Promise.all(
      Array.from({ length: 200 }, () => t.db.$transaction((tx) => allocateAgendaNumber(tx, { officeId, book: "PERMIT", scope: "PERMIT_TYPE", permitTypeId, at: when }), { timeout: 60_000, maxWait: 60_000 })),
    );
    expect(numbers.map((n) => n.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(numbers.map((n) => n.number)).size).toBe(200);
  });
});
