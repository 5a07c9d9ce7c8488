import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { portalRouter } from "@perizinan/api/portal";
import { createPortalContext } from "~/server/context";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: portalRouter,
    createContext: createPortalContext,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path}:`, error);
    },
  });
}
export { handler as GET, handler as POST };
