"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import type { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import { TRPC_ENDPOINT } from "./endpoint";

/** The provider an app gets from its own `createTRPCContext<AppRouter>()`. */
export type TRPCProviderFor<TRouter extends AnyTRPCRouter> = ReturnType<typeof createTRPCContext<TRouter>>["TRPCProvider"];

function makeQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
}

/**
 * One query client and one tRPC client per browser tab, for the app whose provider is given: the
 * app keeps `createTRPCContext<AppRouter>()` (so `useTRPC` knows its router) and passes its
 * `TRPCProvider` here.
 */
export function TRPCQueryProvider<TRouter extends AnyTRPCRouter>({
  provider: TRPCProvider,
  children,
}: {
  provider: TRPCProviderFor<TRouter>;
  children: ReactNode;
}) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    // The link is typed for any router: a transformer option cannot be checked against a router that
    // is still a type parameter. Both apps' routers use superjson (`@perizinan/api`'s initTRPC).
    createTRPCClient<TRouter>({ links: [httpBatchLink<AnyTRPCRouter>({ url: TRPC_ENDPOINT, transformer: superjson })] }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
