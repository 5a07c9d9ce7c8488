import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AppKind } from "./authenticate";
import { clientIp } from "./client-ip";
import { safeReturnPath } from "./return-path";
import { signIn } from "./sign-in";

export { safeReturnPath } from "./return-path";
import { getDb } from "@perizinan/db";

/** What a refused login shows again: the message and the identifier typed (never the password). */
export interface FormSignInRefusal {
  error: string;
  identifier: string;
}


function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

/**
 * The body of both apps' login server action (Next.js only: hence its own entry point,
 * `@perizinan/auth/form`, which the rest of the package does not import). A server action works from a plain HTML form
 * post before any script has loaded, and Next checks its Origin against the Host, so the form
 * needs no CSRF token of its own. On success the session cookie is set and the browser sent on;
 * a refusal is returned for the form to show.
 */
export async function signInFromForm(app: AppKind, formData: FormData, fallbackPath: string): Promise<FormSignInRefusal> {
  return signInAndGo(app, {
    identifier: text(formData.get("identifier")).trim(),
    password: text(formData.get("password")),
    goTo: safeReturnPath(text(formData.get("kembali")), fallbackPath),
  });
}

/** Signs in from inside a server action (after registering, too) and sends the browser on. */
export async function signInAndGo(app: AppKind, input: { identifier: string; password: string; goTo: string }): Promise<FormSignInRefusal> {
  const result = await signIn(getDb(), app, { identifier: input.identifier, password: input.password, ip: clientIp(await headers()) });
  if (!result.ok) return { error: result.message, identifier: input.identifier };
  (await cookies()).set(result.cookie.name, result.cookie.value, result.cookie.options);
  redirect(input.goTo);
}
