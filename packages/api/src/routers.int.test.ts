import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { can, ROLES } from "@perizinan/domain";
import type { TestDatabase } from "@perizinan/db/test-harness";
import { DEMO_APPLICANTS } from "@perizinan/db/seed";
import { backofficeRouter } from "./backoffice";
import { createContext, type AppKind } from "./context";
import { portalRouter } from "./portal";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory, type ProcedureMeta } from "./trpc";

const office = useSeededOffice("routers");
const { storage } = office;
let t: TestDatabase;
beforeAll(() => {
  t = office.t;
});

type AnyProcedure = { _def: { meta?: ProcedureMeta; type: string } };
function procedures(r: { _def: { procedures: Record<string, unknown> } }) {
  return Object.entries(r._def.procedures as Record<string, AnyProcedure>);
}

/** Procedures anyone may call, on purpose. Anything else in the back office must name a permission. */
const PUBLIC_IN_BACKOFFICE = new Set(["health", "service.permitTypes", "service.office"]);

/** A valid input for each back-office procedure; a new procedure without one fails the walk. */
const SAMPLE_INPUT: Record<string, unknown> = {
  "me.profile": undefined,
  "worklist.inbox": { page: 1, pageSize: 20 },
  "worklist.actedOn": { page: 1 },
  "worklist.lateUnderMe": { page: 1 },
  "intake.start": { permitTypeCode: "TIDAK-ADA", applicant: { name: "Uji", nik: "1211020708920002", phone: "081200000000" } },
  "intake.get": { id: "tidak-ada" },
  "intake.saveForm": { id: "tidak-ada", form: {} },
  "intake.submit": { id: "tidak-ada", version: 0 },
  "files.get": { id: "demo-berkas-baru" },
  "files.search": { query: "PM-" },
  // A stale version: permitted roles get CONFLICT, which proves they got past the permission check.
  "files.act": { id: "demo-berkas-baru", version: 999, action: "COMPLETE" },
  // Administration: reads, or writes aimed at a missing id or a taken key, so nothing changes.
  "admin.staff.list": undefined,
  "admin.staff.create": { name: "Uji", username: "admin", nip: "199001012015031007", jobTitle: "Uji", password: "Rahasia123", roles: ["FRONT_OFFICE"] },
  "admin.staff.setRoles": { userId: "tidak-ada", roles: ["FRONT_OFFICE"] },
  "admin.staff.setActive": { userId: "tidak-ada", active: true },
  "admin.staff.resetPassword": { userId: "tidak-ada", password: "Rahasia123" },
  "admin.holidays.list": { year: 2026 },
  "admin.holidays.add": { date: "2026-01-01", name: "Tahun Baru 2026 Masehi" },
  "admin.holidays.remove": { id: "tidak-ada" },
  "admin.permitTypes.list": undefined,
  "admin.permitTypes.updateRequirement": { id: "tidak-ada", name: "Uji", description: "", maxMb: 5, mimeTypes: ["application/pdf"], required: true, active: true },
  "admin.permitTypes.addRequirement": { permitTypeId: "tidak-ada", name: "Uji", description: "", maxMb: 5, mimeTypes: ["application/pdf"], required: true },
  "admin.permitTypes.draft": { permitTypeId: "tidak-ada" },
  "admin.permitTypes.create": { code: "x", name: "Uji" },
  "admin.permitTypes.saveDraft": { permitTypeId: "tidak-ada", definition: {} },
  "admin.permitTypes.publishDraft": { permitTypeId: "tidak-ada" },
  "admin.permitTypes.export": { permitTypeId: "tidak-ada" },
  "admin.permitTypes.import": { document: {} },
  "admin.agendaBooks.list": undefined,
  "admin.agendaBooks.preview": { format: "503/{seq}/{year}" },
  "admin.agendaBooks.updateFormat": { id: "tidak-ada", format: "503/{seq}/{year}" },
  "admin.sop.versions": undefined,
  "admin.sop.get": { id: "tidak-ada" },
  "admin.sop.publish": { permitTypeId: "tidak-ada", basedOnVersion: 1, steps: [] },
  "admin.office.get": {},
  // Invalid on purpose: the permission is checked before the input, and the office stays as it is.
  "admin.office.update": {},
  "admin.specialHours.add": {},
  "admin.specialHours.remove": { from: "2000-01-01" },
  // A change in the past is refused, and there is none to cancel: nothing changes either way.
  "admin.workingWeek.schedule": { from: "2000-01-03", days: ["libur", "08.00–16.00", "08.00–16.00", "08.00–16.00", "08.00–16.00", "08.00–16.00", "libur"] },
  "admin.workingWeek.cancel": { from: "2000-01-03" },
  "admin.agencies.list": undefined,
  // A taken code, a missing agency, a missing account: refused after the permission check.
  "admin.agencies.create": { code: "DINKES", name: "Uji", governmentName: "Uji", address: "Uji", city: "Uji", phone: "", email: "" },
  "admin.agencies.update": { id: "tidak-ada", name: "Uji", governmentName: "Uji", address: "Uji", city: "Uji", phone: "", email: "" },
  "admin.agencies.setMember": { userId: "tidak-ada", agencyId: null },
  "admin.notifications.log": { page: 1 },
  "admin.notifications.resend": { ids: ["tidak-ada"] },
  "notifications.list": { limit: 5 },
  "notifications.markRead": { ids: ["tidak-ada"] },
  "notifications.open": { id: "tidak-ada" },
  "dashboard.options": undefined,
  "dashboard.overview": { period: { from: "2026-11-01", to: "2026-11-30" } },
  "dashboard.steps": { period: { from: "2026-11-01", to: "2026-11-30" } },
  "dashboard.officers": { period: { from: "2026-11-01", to: "2026-11-30" } },
  "dashboard.trends": { period: { from: "2026-01-01", to: "2026-11-30" }, granularity: "month" },
  "dashboard.overdue": { period: { from: "2026-11-01", to: "2026-11-30" } },
  "dashboard.report": { period: { from: "2026-11-01", to: "2026-11-30" } },
};

async function callerFor(app: AppKind, userId: string | null) {
  const ctx = await createContext({ db: t.db, storage, app, sessionUserId: userId });
  return app === "portal" ? createCallerFactory(portalRouter)(ctx) : createCallerFactory(backofficeRouter)(ctx);
}

async function call(app: AppKind, userId: string | null, path: string, input: unknown) {
  const caller = (await callerFor(app, userId)) as unknown as Record<string, unknown>;
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (i: unknown) => Promise<unknown>;
  return fn(input);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("the back-office router walk", () => {
  it("every procedure names who may call it; every non-public one a permission", () => {
    for (const [path, proc] of procedures(backofficeRouter)) {
      const meta = proc._def.meta;
      expect(meta, `${path} has no access meta`).toBeDefined();
      if (PUBLIC_IN_BACKOFFICE.has(path)) continue;
      expect(meta, `${path} must be a staff procedure with a permission`).toMatchObject({ access: "staff" });
      expect((meta as { permission?: string }).permission, `${path} names no permission`).toBeTruthy();
    }
  });

  it("the portal router cannot reach any staff procedure", () => {
    for (const [path, proc] of procedures(portalRouter)) {
      expect(proc._def.meta?.access, path).not.toBe("staff");
    }
  });

  it("for every back-office procedure, exactly the roles the domain allows succeed", async () => {
    const staff = await t.db.user.findMany({ where: { kind: "STAFF" }, include: { roles: true } });
    for (const [path, proc] of procedures(backofficeRouter)) {
      if (PUBLIC_IN_BACKOFFICE.has(path)) continue;
      expect(path in SAMPLE_INPUT, `add a sample input for ${path} to this test`).toBe(true);
      const permission = (proc._def.meta as { permission: Parameters<typeof can>[1] }).permission;
      for (const role of ROLES.filter((r) => r !== "PEMOHON")) {
        const user = staff.find((u) => u.roles.some((r) => r.role === role));
        expect(user, `a seeded user for ${role}`).toBeDefined();
        const allowed = can({ id: user!.id, roles: [role] }, permission);
        const code = await codeOf(call("backoffice", user!.id, path, SAMPLE_INPUT[path]));
        // Allowed means past the permission check: success, or a refusal about the file itself.
        if (allowed) expect(["FORBIDDEN", "UNAUTHORIZED"], `${path} as ${role} (got ${code})`).not.toContain(code);
        else expect(code, `${path} as ${role}`).toBe("FORBIDDEN");
      }
      expect(await codeOf(call("backoffice", null, path, SAMPLE_INPUT[path])), `${path} anonymous`).toBe("UNAUTHORIZED");
      const applicant = await t.db.user.findFirstOrThrow({ where: { kind: "APPLICANT" } });
      expect(await codeOf(call("backoffice", applicant.id, path, SAMPLE_INPUT[path])), `${path} as applicant`).toBe("UNAUTHORIZED");
    }
  });
});

describe("sessions follow the database, not the cookie", () => {
  it("a removed role loses its access at the next request", async () => {
    const kabid = await t.db.user.findFirstOrThrow({ where: { username: "kabid" } });
    expect(await codeOf(call("backoffice", kabid.id, "worklist.inbox", { page: 1 }))).toBe("OK");
    await t.db.userRole.delete({ where: { userId_role: { userId: kabid.id, role: "KABID_PELAYANAN" } } });
    expect(await codeOf(call("backoffice", kabid.id, "worklist.inbox", { page: 1 }))).toBe("FORBIDDEN");
    await t.db.userRole.create({ data: { userId: kabid.id, role: "KABID_PELAYANAN" } });
  });

  it("a deactivated account is logged out at the next request", async () => {
    const sek = await t.db.user.findFirstOrThrow({ where: { username: "sekretaris" } });
    await t.db.user.update({ where: { id: sek.id }, data: { active: false } });
    expect(await codeOf(call("backoffice", sek.id, "me.profile", undefined))).toBe("UNAUTHORIZED");
    await t.db.user.update({ where: { id: sek.id }, data: { active: true } });
  });
});

describe("the portal", () => {
  it("an applicant sees only their own files", async () => {
    const [a, b] = await Promise.all(DEMO_APPLICANTS.map((d) => t.db.user.findUniqueOrThrow({ where: { email: d.email } })));
    const mineA = (await call("portal", a!.id, "applications.mine", undefined)) as Array<{ id: string }>;
    const mineB = (await call("portal", b!.id, "applications.mine", undefined)) as Array<{ id: string }>;
    const ownedA = await t.db.application.findMany({ where: { applicantId: a!.id } });
    expect(mineA.map((f) => f.id).sort()).toEqual(ownedA.map((f) => f.id).sort());
    expect(mineA.some((f) => mineB.some((g) => g.id === f.id))).toBe(false);
    expect(await codeOf(call("portal", null, "applications.mine", undefined))).toBe("UNAUTHORIZED");
  });

  it("a staff session is worthless in the portal", async () => {
    const kadis = await t.db.user.findFirstOrThrow({ where: { username: "kadis" } });
    expect(await codeOf(call("portal", kadis.id, "applications.mine", undefined))).toBe("UNAUTHORIZED");
  });

  it("service information comes from the SOP data", async () => {
    const types = (await call("portal", null, "service.permitTypes", undefined)) as Array<{
      code: string;
      requirements: unknown[];
      feeRupiah: number;
      sop: { steps: unknown[]; totals: { issuedPathMinutes: number; rejectedPathMinutes: number } };
    }>;
    expect(types.map((t) => t.code).sort()).toEqual(["IZIN-REKLAME", "SIK-PEREKAM-MEDIS", "SIP-BIDAN", "SIP-PERAWAT"]);
    const info = types.find((t) => t.code === "SIK-PEREKAM-MEDIS");
    expect(info!.requirements).toHaveLength(8);
    expect(info!.sop.steps).toHaveLength(23);
    expect(info!.feeRupiah).toBe(0);
    expect(info!.sop.totals).toMatchObject({ issuedPathMinutes: 2865, rejectedPathMinutes: 2565 });
  });
});

describe("the Kotak Masuk", () => {
  it("shows each role the files at its steps, most urgent first", async () => {
    const fo = await t.db.user.findFirstOrThrow({ where: { username: "frontoffice" } });
    const teknis = await t.db.user.findFirstOrThrow({ where: { username: "timteknis" } });
    const kadis = await t.db.user.findFirstOrThrow({ where: { username: "kadis" } });
    // The demo files at fixed steps; the seeded history's newest file may still be running anywhere.
    const demo = <T extends { id: string }>(items: T[]) => items.filter((i) => i.id.startsWith("demo-berkas-"));
    const inbox = async (id: string, sla?: string) =>
      demo(((await call("backoffice", id, "worklist.inbox", { page: 1, pageSize: 100, ...(sla ? { sla } : {}) })) as { items: Array<{ id: string; step: number; sla: string }> }).items);
    expect((await inbox(fo.id)).map((i) => i.step)).toEqual([2]);
    expect((await inbox(teknis.id)).map((i) => i.step)).toEqual([6]);
    const kadisItems = await inbox(kadis.id);
    expect(kadisItems.map((i) => i.step)).toEqual([20]);
    // The seeded file has waited at the Kadis's one-day step for days of working time.
    expect(kadisItems[0]!.sla).toBe("OVERDUE");
    expect([(await inbox(kadis.id, "OVERDUE")).length, (await inbox(kadis.id, "ON_TIME")).length]).toEqual([1, 0]);
    const acted = (await call("backoffice", teknis.id, "worklist.actedOn", { page: 1, pageSize: 100 })) as { items: Array<{ id: string; lastStep: number }> };
    expect(demo(acted.items).map((i) => i.lastStep)).toEqual([8]);
  });
});
