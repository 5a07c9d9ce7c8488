// One lint configuration for the monorepo. Besides the usual TypeScript rules it keeps the
// dependencies pointing inward (domain ← db ← api ← apps), lints React and Next.js code by their
// own rules, checks types in the packages switched on below, and keeps each package's reads of
// process.env in its config module.
//
// Every package's eslint.config.mjs re-exports this file and `npm run lint` runs ESLint inside each
// package, so every glob here is written from the repository root and resolved from it (`basePath`
// at the end), whichever folder ESLint runs in.
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const root = path.dirname(fileURLToPath(import.meta.url));

const APPS = ["apps/portal", "apps/backoffice"];
const REACT = [...APPS, "packages/ui", "packages/app-shell"];

// Lint that knows types (typescript-eslint's recommendedTypeChecked). One line per package: to switch
// one on, add its folder here (e2e is not on yet).
const TYPE_CHECKED = [
  ...REACT,
  "packages/letters",
  "packages/storage",
  "packages/auth",
  "packages/domain",
  "packages/db",
  "packages/usecases",
  "packages/api",
  "packages/backup",
  "packages/notify",
];

// Configuration is read once per package: in these packages process.env appears only in a config
// module (ENV_READERS). To extend the rule to a package, add its folder here.
const ENV_READ_ONCE = [
  ...REACT,
  "packages/letters",
  "packages/storage",
  "packages/auth",
  "packages/domain",
  "packages/db",
  "packages/usecases",
  "packages/api",
  "packages/backup",
  "packages/notify",
];
const ENV_READERS = ["apps/*/next.config.ts", "apps/*/src/server/config.ts", "packages/*/src/config.ts"];

// Tests, benchmarks and their harnesses (not shipped): they handle loosely typed fixtures and set env.
const TEST_SUPPORT = [
  "**/*.test.ts",
  "**/*.test.tsx",
  "**/*.test-helpers.ts",
  "**/*.bench.ts",
  "**/bench/**",
  "**/src/testing/**",
  "**/test-harness*",
];

// No permit-specific or office-specific word in code: permit types and the office are data (ADR
// 0009). The words name the seeded types and the first office; comments may use them, strings,
// JSX text and names may not. Seeds, tests and fixtures are data and are not checked.
const PERMIT_OR_OFFICE_WORD = "/[Pp]erekam|PEREKAM|[Bb]idan|BIDAN|[Pp]erawat|PERAWAT|[Rr]eklame|REKLAME|Dairi|DAIRI|Sidikalang|SIDIKALANG|\\bSTRB?\\b/";
const NAMED_IN_CODE = "The permit type or the office is data: read this word from the permit-type definition or the office record, not from code.";
const DATA_NOT_CODE = ["**/seed/**", "**/sop/sik-perekam-medis.ts", ...TEST_SUPPORT, "**/*.spec.ts"];

const sources = (folders) => folders.map((folder) => `${folder}/**/*.{ts,tsx,mts,cts}`);

const restrict = (files, patterns, message) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
  },
});

const config = defineConfig(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/coverage/**", "**/src/generated/**", "**/next-env.d.ts", "**/*.mjs", "**/_*.mts"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: sources(TYPE_CHECKED),
    // Vitest configs stand outside the packages' tsconfig (some import another package's .ts by path).
    ignores: ["**/vitest*.config.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
  },
  {
    files: sources(REACT),
    extends: [reactHooks.configs.flat.recommended],
  },
  ...APPS.map((app) => ({
    files: sources([app]),
    extends: [nextPlugin.configs["core-web-vitals"]],
    settings: { next: { rootDir: path.join(root, app) } },
  })),
  {
    files: sources(ENV_READ_ONCE),
    ignores: ENV_READERS,
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration in the package's config module (src/config.ts; in an app src/server/config.ts) and pass it on.",
        },
      ],
    },
  },
  {
    // Test and tooling code reads loosely typed fixtures (JSON, query rows) and sets env for the code under test.
    files: TEST_SUPPORT,
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "no-restricted-properties": "off",
    },
  },
  {
    files: ["apps/*/src/**/*.{ts,tsx}", "packages/*/src/**/*.{ts,tsx}"],
    ignores: DATA_NOT_CODE,
    rules: {
      "no-restricted-syntax": [
        "error",
        // Module paths may name a seed file; what the code says may not.
        { selector: `:not(ImportDeclaration, ExportAllDeclaration, ExportNamedDeclaration, ImportExpression) > Literal[value=${PERMIT_OR_OFFICE_WORD}]`, message: NAMED_IN_CODE },
        { selector: `TemplateElement[value.raw=${PERMIT_OR_OFFICE_WORD}]`, message: NAMED_IN_CODE },
        { selector: `JSXText[value=${PERMIT_OR_OFFICE_WORD}]`, message: NAMED_IN_CODE },
        { selector: "Identifier[name=/^str(Number|Lifetime|Expiry)$/]", message: NAMED_IN_CODE },
      ],
    },
  },
  restrict(["packages/domain/**"], ["@perizinan/*", "@prisma/*", "next", "next/*", "react", "pg", "node:*"], "domain is pure: no I/O, no framework, no other package"),
  restrict(["packages/db/**"], ["@perizinan/api", "@perizinan/api/*", "@perizinan/auth", "@perizinan/ui", "@perizinan/usecases", "next", "next/*"], "db depends only on domain"),
  restrict(["packages/notify/**"], ["@perizinan/api", "@perizinan/api/*", "@perizinan/ui", "next", "next/*", "react"], "notify is the outbox worker and its channels: it knows no API or UI"),
  restrict(["packages/usecases/**"], ["@perizinan/notify", "@perizinan/notify/*"], "use cases write the outbox; only the worker delivers it"),
  restrict(["packages/api/**"], ["@perizinan/ui", "next", "next/*", "react"], "api knows no UI framework"),
  restrict(["apps/**"], ["@perizinan/db", "@perizinan/db/*", "@prisma/*"], "apps reach the database only through @perizinan/api (and @perizinan/auth)"),
  restrict(["packages/app-shell/**"], ["@perizinan/db", "@perizinan/db/*", "@prisma/*", "@perizinan/api", "@perizinan/api/*", "@perizinan/auth", "@perizinan/domain"], "app-shell is the apps' frame: tRPC, Next.js and NextAuth, nothing of the domain"),
);

export default config.map((entry) => ({ basePath: root, ...entry }));
