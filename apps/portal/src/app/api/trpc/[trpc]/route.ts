import { trpcRouteHandler } from "@perizinan/app-shell/server";
import { portalRouter } from "@perizinan/api/portal";
import { createPortalContext } from "~/server/context";

const handler = trpcRouteHandler(portalRouter, createPortalContext);
export { handler as GET, handler as POST };
