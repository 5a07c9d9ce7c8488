import { encode, type JWT } from "next-auth/jwt";
import type { AppKind, SessionUser } from "./authenticate";
import { authConfig, type AuthConfig } from "./config";
import { sessionCookieName } from "./cookies";

/** How long a login lasts: an applicant's week, a staff member's working day and then some. */
export const SESSION_MAX_AGE = { portal: 7 * 24 * 3600, backoffice: 10 * 3600 } as const;

/** What the session token carries about its user: the same claims whichever way they logged in. */
export function sessionClaims(user: SessionUser): JWT {
  return {
    sub: user.id,
    name: user.name,
    user: { id: user.id, name: user.name, kind: user.kind, officeId: user.officeId, roles: user.roles },
  };
}

export interface SessionCookie {
  name: string;
  value: string;
  options: { httpOnly: boolean; sameSite: "lax"; path: string; secure: boolean; maxAge: number };
}

/**
 * The session cookie NextAuth itself would set for this user, encrypted the way it reads it back:
 * a login posted by a plain HTML form (no script) signs in exactly as the scripted one does.
 */
export async function sessionCookie(app: AppKind, user: SessionUser, config: AuthConfig = authConfig()): Promise<SessionCookie> {
  if (!config.secret) throw new Error("NEXTAUTH_SECRET is not set: sessions cannot be issued.");
  const maxAge = SESSION_MAX_AGE[app];
  const value = await encode({ token: sessionClaims(user), secret: config.secret, maxAge });
  return {
    name: sessionCookieName(app, config.secureCookies),
    value,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure: config.secureCookies, maxAge },
  };
}
