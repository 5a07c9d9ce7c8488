import type { Db } from "@perizinan/db";
import type { Actor } from "@perizinan/domain";
import type { DocumentStorage } from "@perizinan/storage";

export type AppKind = "portal" | "backoffice";

export interface CurrentUser extends Actor {
  name: string;
  kind: "APPLICANT" | "STAFF";
  officeId: string | null;
}

export interface Context {
  db: Db;
  /** Where uploaded requirements and generated letters are kept (content-addressed). */
  storage: DocumentStorage;
  app: AppKind;
  user: CurrentUser | null;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Builds a request's context. The session only says who logged in; roles and the active flag are
 * read from the database on every request, so taking a role away or deactivating an account
 * takes effect at the next request, not when the session expires.
 */
export async function createContext(input: {
  db: Db;
  storage: DocumentStorage;
  app: AppKind;
  sessionUserId: string | null | undefined;
  ip?: string | null;
  userAgent?: string | null;
}): Promise<Context> {
  let user: CurrentUser | null = null;
  if (input.sessionUserId) {
    const row = await input.db.user.findUnique({ where: { id: input.sessionUserId }, include: { roles: true } });
    // An applicant's session is worthless in the back office and a staff session in the portal.
    const rightKind = row && (input.app === "portal" ? row.kind === "APPLICANT" : row.kind === "STAFF");
    if (row && row.active && rightKind) {
      user = {
        id: row.id,
        name: row.name,
        kind: row.kind,
        officeId: row.officeId,
        roles: row.roles.map((r) => r.role),
      };
    }
  }
  return { db: input.db, storage: input.storage, app: input.app, user, ip: input.ip ?? null, userAgent: input.userAgent ?? null };
}
