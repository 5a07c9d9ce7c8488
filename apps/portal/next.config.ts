import { appNextConfig } from "@perizinan/app-shell/next-config";

export default appNextConfig();
