import config from "../../eslint.config.mjs";

// Use cases know the domain, the database, storage and letters; never tRPC, HTTP or a UI.
export default [
  ...config,
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@perizinan/api", "@perizinan/api/*", "@perizinan/auth", "@perizinan/ui", "@trpc/*", "next", "next/*", "react"],
              message: "use cases depend only on domain, db, storage and letters",
            },
          ],
        },
      ],
    },
  },
];
