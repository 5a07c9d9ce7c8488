import type { Db } from "@perizinan/db";
import { authenticate, LOGIN_MESSAGES, type AppKind } from "./authenticate";
import { authConfig, type AuthConfig } from "./config";
import { sessionCookie, type SessionCookie } from "./session-cookie";

export type SignInResult = { ok: true; cookie: SessionCookie } | { ok: false; message: string };

/**
 * A login from a posted form: the credentials checked (rate limit included) and, when they hold,
 * the session cookie to set. The app's server action sets it and redirects, so the same path
 * serves a browser with and without JavaScript.
 */
export async function signIn(
  db: Db,
  app: AppKind,
  input: { identifier: string; password: string; ip: string },
  config: AuthConfig = authConfig(),
): Promise<SignInResult> {
  if (!input.identifier.trim() || !input.password) return { ok: false, message: LOGIN_MESSAGES[app].REQUIRED };
  const result = await authenticate(db, app, input);
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, cookie: await sessionCookie(app, result.user, config) };
}
