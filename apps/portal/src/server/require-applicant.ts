import "server-only";
import { redirect } from "next/navigation";
import { getSession } from "./auth";

/** Pages for logged-in applicants send everyone else to the login page, and back afterwards. */
export async function requireApplicant(returnTo: string) {
  const session = await getSession();
  if (!session?.user) redirect(`/masuk?kembali=${encodeURIComponent(returnTo)}`);
  return session.user;
}
