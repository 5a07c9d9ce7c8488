import { trpcRouteHandler } from "@perizinan/app-shell/server";
import { backofficeRouter } from "@perizinan/api/backoffice";
import { createBackofficeContext } from "~/server/context";

const handler = trpcRouteHandler(backofficeRouter, createBackofficeContext);
export { handler as GET, handler as POST };
