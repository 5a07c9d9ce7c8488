/** What NextAuth needs from the environment: the only place in this package that reads it. */
export interface AuthConfig {
  /** NEXTAUTH_SECRET: signs and encrypts the session tokens (NextAuth refuses to run in production without it). */
  secret: string | undefined;
  /** Served over https (NEXTAUTH_URL starts with https://): cookies are Secure and `__Secure-` prefixed. */
  secureCookies: boolean;
}

export function authConfig(env: Record<string, string | undefined> = process.env): AuthConfig {
  return {
    secret: env.NEXTAUTH_SECRET,
    secureCookies: (env.NEXTAUTH_URL ?? "").startsWith("https://"),
  };
}
