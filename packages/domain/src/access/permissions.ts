import { type Actor, type Role } from "../roles";

export const PERMISSIONS = [
  "account.self",
  "file.view.own",
  "file.view.any",
  "file.create.own",
  "file.intake.counter",
  "document.view.own",
  "document.view",
  "sop.view",
  "worklist.view",
  "dashboard.view",
  "audit.read",
  "user.manage",
  "sop.manage",
  "calendar.manage",
  "permitType.manage",
  "agendaBook.manage",
  "office.manage",
  "notification.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const STEP_STAFF: readonly Permission[] = ["account.self", "worklist.view", "file.view.any", "document.view", "sop.view"];

export const ROLE_PERMISSIONS = {
  PEMOHON: ["account.self", "file.view.own", "file.create.own", "document.view.own"],
  FRONT_OFFICE: [...STEP_STAFF, "file.intake.counter"],
  KASUBBAG_UMUM: STEP_STAFF,
  BACK_OFFICE: STEP_STAFF,
  TIM_TEKNIS: STEP_STAFF,
  KABID_PELAYANAN: STEP_STAFF,
  SEKRETARIS: STEP_STAFF,
  KADIS: [...STEP_STAFF, "dashboard.view"],
  ADMIN: [
    "account.self",
    "dashboard.view",
    "audit.read",
    "sop.view",
    "user.manage",
    "sop.manage",
    "calendar.manage",
    "permitType.manage",
    "agendaBook.manage",
    "office.manage",
    "notification.manage",
  ],
  AUDITOR: ["account.self", "audit.read", "dashboard.view", "file.view.any", "document.view", "sop.view"],
} as const satisfies Record<Role, readonly Permission[]>;

/** Permissions that hold only for a resource the actor owns. */
const OWNER_ONLY: ReadonlySet<Permission> = new Set(["file.view.own", "document.view.own"]);

export type AccessResource = { ownerId?: string; officeId?: string };
export type AccessContext = { actorOfficeId?: string };

export function permissionsOf(actor: Actor): Permission[] {
  const granted = new Set<Permission>();
  for (const role of actor.roles) for (const permission of ROLE_PERMISSIONS[role] ?? []) granted.add(permission);
  return PERMISSIONS.filter((permission) => granted.has(permission));
}

/**
 * Deny by default. "*.own" permissions hold only for a resource whose owner is the actor. When both
 * the actor's office and the resource's office are known they must match (staff see their own office).
 */
export function can(actor: Actor, permission: Permission, resource?: AccessResource, ctx?: AccessContext): boolean {
  if (!actor.id || !permissionsOf(actor).includes(permission)) return false;
  if (OWNER_ONLY.has(permission)) {
    return resource?.ownerId !== undefined && resource.ownerId === actor.id;
  }
  const office = ctx?.actorOfficeId;
  if (office !== undefined && resource?.officeId !== undefined && resource.officeId !== office) return false;
  return true;
}

/** Whether the actor may open this file: staff and auditors any file, an applicant only their own. */
export function canViewFile(actor: Actor, file: AccessResource, ctx?: AccessContext): boolean {
  return can(actor, "file.view.any", file, ctx) || can(actor, "file.view.own", file, ctx);
}
