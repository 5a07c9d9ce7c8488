import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@perizinan/auth";

export const portalAuthOptions = authOptions("portal");

export function getSession() {
  return getServerSession(portalAuthOptions);
}
