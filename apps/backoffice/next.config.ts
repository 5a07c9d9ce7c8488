import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@perizinan/ui", "@perizinan/domain", "@perizinan/api", "@perizinan/auth", "@perizinan/db", "@perizinan/storage", "@perizinan/letters"],
  // pdfkit reads its font metrics from its own folder at run time, so it must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/client", "@prisma/adapter-pg", "pdfkit", "@aws-sdk/client-s3"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;
