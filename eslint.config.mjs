// One lint configuration for the monorepo. Besides the usual TypeScript rules it keeps the
// dependencies pointing inward: domain ← db ← api ← apps.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const restrict = (files, patterns, message) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: patterns.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/coverage/**", "**/src/generated/**", "**/next-env.d.ts", "**/*.mjs", "**/_*.mts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  restrict(["packages/domain/**"], ["@perizinan/*", "@prisma/*", "next", "next/*", "react", "pg", "node:*"], "domain is pure: no I/O, no framework, no other package"),
  restrict(["packages/db/**"], ["@perizinan/api", "@perizinan/api/*", "@perizinan/auth", "@perizinan/ui", "next", "next/*"], "db depends only on domain"),
  restrict(["packages/api/**"], ["@perizinan/ui", "next", "next/*", "react"], "api knows no UI framework"),
  restrict(["apps/**"], ["@perizinan/db", "@perizinan/db/*", "@prisma/*"], "apps reach the database only through @perizinan/api (and @perizinan/auth)"),
);
