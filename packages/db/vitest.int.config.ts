import { integrationConfig } from "./src/testing/vitest-int";

export default integrationConfig();
