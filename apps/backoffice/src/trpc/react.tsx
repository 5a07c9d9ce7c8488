"use client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";
import { TRPCQueryProvider } from "@perizinan/app-shell/client";
import type { BackofficeRouter } from "@perizinan/api/backoffice";

export const { TRPCProvider, useTRPC } = createTRPCContext<BackofficeRouter>();

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  return <TRPCQueryProvider provider={TRPCProvider}>{children}</TRPCQueryProvider>;
}
