import type { inferRouterOutputs } from "@trpc/server";
import type { BackofficeRouter } from "@perizinan/api/backoffice";

type PermitTypes = inferRouterOutputs<BackofficeRouter>["admin"]["permitTypes"];
export type DraftView = PermitTypes["draft"];
export type FlowWalk = DraftView["walk"][number];
