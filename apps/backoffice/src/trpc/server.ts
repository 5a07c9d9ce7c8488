import "server-only";
import { createCallerFactory } from "@perizinan/api";
import { backofficeRouter } from "@perizinan/api/backoffice";
import { createBackofficeContext } from "~/server/context";

const createCaller = createCallerFactory(backofficeRouter);

/** tRPC from server components: the same procedures, no HTTP hop. */
export async function api() {
  return createCaller(await createBackofficeContext());
}
