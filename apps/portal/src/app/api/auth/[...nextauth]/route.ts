import { nextAuthRouteHandler } from "@perizinan/app-shell/server";
import { portalAuthOptions } from "~/server/auth";

const handler = nextAuthRouteHandler(portalAuthOptions);
export { handler as GET, handler as POST };
