// A relative import: vite bundles it into the config (a workspace package's .ts would be loaded
// by Node as-is, which cannot read TypeScript).
import { integrationConfig } from "../db/src/testing/vitest-int";

export default integrationConfig();
