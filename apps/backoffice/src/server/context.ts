import "server-only";
import { headers } from "next/headers";
import { createRequestContext } from "@perizinan/api";
import { getSession } from "./auth";

export async function createBackofficeContext() {
  const [session, h] = await Promise.all([getSession(), headers()]);
  return createRequestContext({
    app: "backoffice",
    sessionUserId: session?.user?.id,
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: h.get("user-agent"),
  });
}
