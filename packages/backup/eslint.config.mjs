import config from "../../eslint.config.mjs";

// The backup knows the database and the storage, never the apps; the api only in its tests, to
// walk a file to an issued permit exactly as staff would.
export default [
  ...config,
  {
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.int.test.ts", "src/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@perizinan/api", "@perizinan/api/*", "@perizinan/auth", "@perizinan/ui", "@perizinan/portal", "@perizinan/backoffice", "next", "next/*", "react"],
              message: "backup depends only on @perizinan/db and @perizinan/storage",
            },
          ],
        },
      ],
    },
  },
];
