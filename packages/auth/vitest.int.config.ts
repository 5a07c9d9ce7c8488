import { integrationConfig } from "@perizinan/db/testing/vitest-int";

export default integrationConfig();
