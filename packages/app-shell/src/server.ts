import type { AnyTRPCRouter, inferRouterContext } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import NextAuth, { type AuthOptions } from "next-auth";
import { TRPC_ENDPOINT } from "./endpoint";

/** What Next.js hands the handler of `app/api/auth/[...nextauth]/route.ts`. */
type NextAuthRouteHandler = (req: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

/**
 * The handler of an app's `app/api/auth/[...nextauth]/route.ts`. NextAuth 4 types what it returns
 * as `any`; this says what it is in the App Router.
 */
export function nextAuthRouteHandler(options: AuthOptions): NextAuthRouteHandler {
  return NextAuth(options) as NextAuthRouteHandler;
}

/**
 * The handler of an app's `app/api/trpc/[trpc]/route.ts`, for its router and its context factory
 * (who is logged in, from which address). Unexpected errors are logged with the procedure's path;
 * expected ones (refusals, bad input) reach the client only.
 */
export function trpcRouteHandler<TRouter extends AnyTRPCRouter>(
  router: TRouter,
  createContext: () => Promise<inferRouterContext<TRouter>>,
) {
  return function handler(req: Request) {
    return fetchRequestHandler({
      endpoint: TRPC_ENDPOINT,
      req,
      router,
      createContext,
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path}:`, error);
      },
    });
  };
}
export { openNoticeRoute } from "./notice-route";
