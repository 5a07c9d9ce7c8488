import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { backofficeRouter } from "@perizinan/api/backoffice";
import { createBackofficeContext } from "~/server/context";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: backofficeRouter,
    createContext: createBackofficeContext,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path}:`, error);
    },
  });
}
export { handler as GET, handler as POST };
