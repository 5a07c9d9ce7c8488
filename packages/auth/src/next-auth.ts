import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@perizinan/db";
import { authenticate, type AppKind, type SessionUser } from "./authenticate";
import { clientIp, type HeaderBag } from "./client-ip";
import { authConfig, type AuthConfig } from "./config";
import { cookieOptions } from "./cookies";
import { SESSION_MAX_AGE, sessionClaims } from "./session-cookie";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
}

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
            ip: clientIp(req?.headers as HeaderBag | undefined),
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
        return user ? { ...token, ...sessionClaims(user as unknown as SessionUser) } : token;
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
