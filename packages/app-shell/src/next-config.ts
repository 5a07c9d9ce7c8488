import type { NextConfig } from "next";

/** The workspace packages the apps import as TypeScript source: Next compiles them with the app. */
const WORKSPACE_PACKAGES = [
  "@perizinan/ui",
  "@perizinan/app-shell",
  "@perizinan/domain",
  "@perizinan/api",
  "@perizinan/usecases",
  "@perizinan/auth",
  "@perizinan/db",
  "@perizinan/storage",
  "@perizinan/letters",
];

/** The configuration both apps build with: each app's `next.config.ts` exports this. */
export function appNextConfig(): NextConfig {
  return {
    transpilePackages: [...WORKSPACE_PACKAGES],
    // pdfkit reads its font metrics from its own folder at run time, so it must not be bundled.
    serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/client", "@prisma/adapter-pg", "pdfkit", "@aws-sdk/client-s3"],
    poweredByHeader: false,
    typedRoutes: false,
  };
}
