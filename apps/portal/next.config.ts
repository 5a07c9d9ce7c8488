import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@perizinan/ui", "@perizinan/domain", "@perizinan/api", "@perizinan/auth", "@perizinan/db"],
  serverExternalPackages: ["@node-rs/argon2", "pg", "@electric-sql/pglite", "@prisma/client", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;
