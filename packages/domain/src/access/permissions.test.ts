import { describe, expect, it } from "vitest";
import { type Actor, type Role, ROLES, STAFF_ROLES } from "../roles";
import { can, canViewFile, type Permission, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS } from "./permissions";

const as = (...roles: Role[]): Actor => ({ id: `user-${roles.join("-")}`, roles });
const STEP_ROLES: Role[] = ["FRONT_OFFICE", "KASUBBAG_UMUM", "BACK_OFFICE", "TIM_TEKNIS", "KABID_PELAYANAN", "SEKRETARIS", "KADIS"];

/** Who holds each permission, written out from the requirements. */
const HOLDERS: Record<Permission, Role[]> = {
  "account.self": [...ROLES],
  "file.view.own": ["PEMOHON"],
  "file.view.any": [...STEP_ROLES, "AUDITOR"],
  "file.create.own": ["PEMOHON"],
  "file.intake.counter": ["FRONT_OFFICE"],
  "document.view.own": ["PEMOHON"],
  "document.view": [...STEP_ROLES, "AUDITOR"],
  "sop.view": [...STEP_ROLES, "ADMIN", "AUDITOR"],
  "worklist.view": STEP_ROLES,
  "dashboard.view": ["KADIS", "ADMIN", "AUDITOR"],
  "audit.read": ["ADMIN", "AUDITOR"],
  "user.manage": ["ADMIN"],
  "sop.manage": ["ADMIN"],
  "calendar.manage": ["ADMIN"],
  "permitType.manage": ["ADMIN"],
  "agendaBook.manage": ["ADMIN"],
  "office.manage": ["ADMIN"],
  "notification.manage": ["ADMIN"],
};

describe("role permissions", () => {
  const cases = ROLES.flatMap((role) => PERMISSIONS.map((permission) => [role, permission, HOLDERS[permission].includes(role)] as const));

  it.each(cases)("%s → %s: %s", (role, permission, allowed) => {
    const actor = as(role);
    expect(can(actor, permission, { ownerId: actor.id })).toBe(allowed);
  });

  it("lists each role's permissions in the canonical order", () => {
    expect(permissionsOf(as("KADIS"))).toEqual(["account.self", "file.view.any", "document.view", "sop.view", "worklist.view", "dashboard.view"]);
    expect(permissionsOf(as("PEMOHON", "FRONT_OFFICE"))).toContain("file.intake.counter");
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    expect(STAFF_ROLES).toEqual(ROLES.filter((r) => r !== "PEMOHON"));
  });
});

describe("can", () => {
  const applicant = { id: "pemohon-1", roles: ["PEMOHON"] } satisfies Actor;

  it("lets an applicant see only their own files and documents", () => {
    expect(can(applicant, "file.view.own", { ownerId: "pemohon-1" })).toBe(true);
    expect(can(applicant, "file.view.own", { ownerId: "pemohon-2" })).toBe(false);
    expect(can(applicant, "file.view.own")).toBe(false);
    expect(can(applicant, "document.view.own", {})).toBe(false);
    expect(can(applicant, "file.view.any", { ownerId: "pemohon-1" })).toBe(false);
    expect(can(applicant, "file.create.own")).toBe(true);
  });

  it("decides whether a file may be opened", () => {
    expect(canViewFile(applicant, { ownerId: "pemohon-1" })).toBe(true);
    expect(canViewFile(applicant, { ownerId: "pemohon-2" })).toBe(false);
    expect(canViewFile(as("BACK_OFFICE"), { ownerId: "pemohon-2" })).toBe(true);
    expect(canViewFile(as("ADMIN"), { ownerId: "pemohon-2" })).toBe(false);
  });

  it("keeps staff to their own office when both offices are known", () => {
    const staff = as("BACK_OFFICE");
    expect(can(staff, "file.view.any", { officeId: "dairi" }, { actorOfficeId: "dairi" })).toBe(true);
    expect(can(staff, "file.view.any", { officeId: "karo" }, { actorOfficeId: "dairi" })).toBe(false);
    expect(can(staff, "file.view.any", {}, { actorOfficeId: "dairi" })).toBe(true);
  });

  it("denies by default: no roles, an unknown role, an empty id", () => {
    expect(can({ id: "x", roles: [] }, "sop.view")).toBe(false);
    expect(can({ id: "x", roles: ["SUPERUSER" as Role] }, "user.manage")).toBe(false);
    expect(can({ id: "", roles: ["ADMIN"] }, "user.manage")).toBe(false);
  });
});
