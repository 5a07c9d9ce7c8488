import { nextAuthRouteHandler } from "@perizinan/app-shell/server";
import { backofficeAuthOptions } from "~/server/auth";

const handler = nextAuthRouteHandler(backofficeAuthOptions);
export { handler as GET, handler as POST };
