import { beforeAll, describe, expect, it } from "vitest";
import { FILE_ACTION_NAMES, availableActions, can, sopDefinitionSchema, stateFromJSON } from "@perizinan/domain";
import type { TestDatabase } from "@perizinan/db/test-harness";
import { sweepStepClocks } from "@perizinan/usecases";
import { backofficeRouter } from "./backoffice";
import { createContext } from "./context";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory } from "./trpc";

const office = useSeededOffice("worklist");
let t: TestDatabase;
beforeAll(() => {
  t = office.t;
});

async function inboxOf(userId: string): Promise<string[]> {
  const caller = createCallerFactory(backofficeRouter)(await createContext({ db: t.db, storage: office.storage, app: "backoffice", sessionUserId: userId }));
  const page = await caller.worklist.inbox({ pageSize: 100 });
  return page.items.map((i) => i.id).sort();
}

describe("Menunggu tindakan saya matches who may act", () => {
  it("for every demo account, exactly the files whose current step offers them a step action", async () => {
    const staff = await t.db.user.findMany({ where: { kind: "STAFF", active: true }, include: { roles: true } });
    const files = await t.db.application.findMany({ where: { status: { not: "DRAFT" } }, include: { sopVersion: true } });
    expect(files.length).toBeGreaterThan(5);
    let nonEmpty = 0;
    let compared = 0;
    for (const user of staff) {
      const actor = { id: user.id, roles: user.roles.map((r) => r.role) };
      // ADMIN and AUDITOR have no inbox (a file search instead).
      if (!can(actor, "worklist.view")) continue;
      compared++;
      const expected = files
        .filter((f) => availableActions(sopDefinitionSchema.parse(f.sopVersion.definition), stateFromJSON(f.state), actor).some((a) => !(FILE_ACTION_NAMES as readonly string[]).includes(a)))
        .map((f) => f.id)
        .sort();
      expect(await inboxOf(user.id), user.username ?? user.id).toEqual(expected);
      if (expected.length > 0) nonEmpty++;
    }
    expect(compared).toBeGreaterThanOrEqual(8);
    expect(nonEmpty).toBeGreaterThanOrEqual(3);
  });

  it("a Tim Teknis member sees only the files assigned to them; the colleague's page says why they cannot act", async () => {
    const [assigned, colleague] = await Promise.all([
      t.db.user.findFirstOrThrow({ where: { username: "timteknis" } }),
      t.db.user.findFirstOrThrow({ where: { username: "timteknis2" } }),
    ]);
    expect(await inboxOf(assigned.id)).toContain("demo-berkas-tim-teknis");
    expect(await inboxOf(colleague.id)).not.toContain("demo-berkas-tim-teknis");
    const caller = createCallerFactory(backofficeRouter)(await createContext({ db: t.db, storage: office.storage, app: "backoffice", sessionUserId: colleague.id }));
    const page = await caller.files.get({ id: "demo-berkas-tim-teknis" });
    expect(page.actions).toEqual([]);
    expect(page.cannotActReason).toMatch(/tidak ditugaskan sebagai Tim Teknis/);
  });
});

describe("Terlambat di bawah saya", () => {
  const lateOf = async (username: string) => {
    const user = await t.db.user.findFirstOrThrow({ where: { username } });
    const caller = createCallerFactory(backofficeRouter)(await createContext({ db: t.db, storage: office.storage, app: "backoffice", sessionUserId: user.id }));
    return caller.worklist.lateUnderMe({ pageSize: 100 });
  };

  it("lists what the clock escalated to one of my roles, on the step the file is at now", async () => {
    expect((await lateOf("kabid")).items).toEqual([]);
    // The demo Tim Teknis file has waited at step 6 for days: every level of its chain is told.
    await sweepStepClocks(t.db, new Date());
    const kabid = await lateOf("kabid");
    const row = kabid.items.find((i) => i.id === "demo-berkas-tim-teknis");
    expect(row).toMatchObject({ step: 6, roleLabel: "Tim Teknis", waitingOn: "dr. Lamhot Sihombing" });
    expect(row!.overdueMinutes).toBeGreaterThan(480);
    expect((await lateOf("backoffice")).items.map((i) => i.id)).toContain("demo-berkas-tim-teknis");
    // Not a supervisor of the step: the counter and the team member themselves.
    expect((await lateOf("frontoffice")).items.map((i) => i.id)).not.toContain("demo-berkas-tim-teknis");
    expect((await lateOf("timteknis")).items.map((i) => i.id)).not.toContain("demo-berkas-tim-teknis");
  });

  it("a file that moved on leaves the list until the clock says so again", async () => {
    const file = await t.db.application.findUniqueOrThrow({ where: { id: "demo-berkas-tim-teknis" } });
    await t.db.application.update({ where: { id: file.id }, data: { stepStartedAt: new Date() } });
    try {
      expect((await lateOf("kabid")).items.map((i) => i.id)).not.toContain("demo-berkas-tim-teknis");
    } finally {
      await t.db.application.update({ where: { id: file.id }, data: { stepStartedAt: file.stepStartedAt } });
    }
  });
});
