import type { CookiesOptions, NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@perizinan/db";
import { authenticate, type AppKind, type SessionUser } from "./authenticate";
import { authConfig, type AuthConfig } from "./config";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
}

/**
 * Browsers scope cookies by host, not by port, so the portal (3000) and the back office (3001)
 * on one host would overwrite each other's session under NextAuth's default names.
 */
export function cookieOptions(app: AppKind, secure: boolean): CookiesOptions {
  const prefix = secure ? "__Secure-" : "";
  const name = (what: string) => `${prefix}perizinan-${app}.${what}`;
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

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const real = headers?.["x-real-ip"];
  return first || (Array.isArray(real) ? real[0] : real) || "unknown";
}

const SESSION_MAX_AGE = { portal: 7 * 24 * 3600, backoffice: 10 * 3600 } as const;

export function authOptions(app: AppKind, config: AuthConfig = authConfig()): NextAuthOptions {
  const secure = config.secureCookies;
  return {
    secret: config.secret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE[app] },
    useSecureCookies: secure,
    cookies: cookieOptions(app, secure),
    pages: { signIn: "/masuk", error: "/masuk" },
    providers: [
      CredentialsProvider({
        name: app === "portal" ? "Email/NIK" : "Nama pengguna/NIP",
        credentials: { identifier: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await authenticate(getDb(), app, {
            identifier: String(credentials?.identifier ?? ""),
            password: String(credentials?.password ?? ""),
            ip: clientIp(req?.headers as Record<string, string | string[] | undefined> | undefined),
          });
          // NextAuth hands a thrown message back to signIn() as `error`: that is how the login
          // form shows the exact Indonesian reason.
          if (!result.ok) throw new Error(result.message);
          return { ...result.user, email: null, image: null };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const u = user as unknown as SessionUser;
          token.sub = u.id;
          token.user = { id: u.id, name: u.name, kind: u.kind, officeId: u.officeId, roles: u.roles };
        }
        return token;
      },
      session({ session, token }) {
        // Roles here are only what the user had at login, for display; every API request
        // reloads the user from the database, so a removed role or a deactivated account loses
        // access at the next request.
        session.user = token.user as SessionUser;
        return session;
      },
    },
  };
}
