import type { CookiesOptions } from "next-auth";
import type { AppKind } from "./authenticate";

/**
 * Browsers scope cookies by host, not by port, so the portal (3000) and the back office (3001)
 * on one host would overwrite each other's session under NextAuth's default names.
 */
export function cookieOptions(app: AppKind, secure: boolean): CookiesOptions {
  const name = (what: string) => cookieName(app, secure, what);
  const httpOnly = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return {
    sessionToken: { name: name("session-token"), options: httpOnly },
    callbackUrl: { name: name("callback-url"), options: { sameSite: "lax", path: "/", secure } },
    csrfToken: { name: name("csrf-token"), options: httpOnly },
    pkceCodeVerifier: { name: name("pkce"), options: { ...httpOnly, maxAge: 900 } },
    state: { name: name("state"), options: { ...httpOnly, maxAge: 900 } },
    nonce: { name: name("nonce"), options: httpOnly },
  };
}


function cookieName(app: AppKind, secure: boolean, what: string): string {
  return `${secure ? "__Secure-" : ""}perizinan-${app}.${what}`;
}

/** The session cookie's name, for a login that sets it without NextAuth's own handler. */
export function sessionCookieName(app: AppKind, secure: boolean): string {
  return cookieName(app, secure, "session-token");
}
