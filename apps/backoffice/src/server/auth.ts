import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@perizinan/auth";

export const backofficeAuthOptions = authOptions("backoffice");

export function getSession() {
  return getServerSession(backofficeAuthOptions);
}
