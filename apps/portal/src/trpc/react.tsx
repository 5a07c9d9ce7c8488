"use client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";
import { TRPCQueryProvider } from "@perizinan/app-shell/client";
import type { PortalRouter } from "@perizinan/api/portal";

export const { TRPCProvider, useTRPC } = createTRPCContext<PortalRouter>();

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  return <TRPCQueryProvider provider={TRPCProvider}>{children}</TRPCQueryProvider>;
}
