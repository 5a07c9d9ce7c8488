import "server-only";
import { createCallerFactory } from "@perizinan/api";
import { portalRouter } from "@perizinan/api/portal";
import { createPortalContext } from "~/server/context";

const createCaller = createCallerFactory(portalRouter);

/** tRPC from server components: the same procedures, no HTTP hop. */
export async function api() {
  return createCaller(await createPortalContext());
}
