import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * Screenshots to look at, not tests: `npx playwright test -c screens.config.ts` (after a build)
 * writes PNGs (desktop and phone, public pages also without JavaScript) and the PDFs the pages
 * produce to SCREENS_DIR (default /tmp/screens). Not part of `npm test`.
 */
export default defineConfig({ ...base, testDir: "./screens", projects: [{ name: "screens", use: base.projects?.[0]?.use }], timeout: 300_000 });
