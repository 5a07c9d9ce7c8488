import type { inferRouterOutputs } from "@trpc/server";
import type { PortalRouter } from "@perizinan/api/portal";

export type FileView = inferRouterOutputs<PortalRouter>["applications"]["get"];
