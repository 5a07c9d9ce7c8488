// A relative import, not "@perizinan/db/testing/vitest-int": Vite bundles a config's relative
// imports, but hands a linked package's .ts file to Node, which cannot load it before Node 22.
import { integrationConfig } from "../db/src/testing/vitest-int.ts";

export default integrationConfig();
