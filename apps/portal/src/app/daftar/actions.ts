"use server";
import { formErrorOf } from "@perizinan/api";
import { signInAndGo } from "@perizinan/auth/form";
import { fieldErrors, registrationSchema } from "@perizinan/domain";
import { api } from "~/trpc/server";

export interface RegisterState {
  message: string | null;
  fieldErrors: Record<string, string>;
  /** What was typed, shown again after a refusal; passwords are never sent back. */
  values: Record<string, string>;
}

const KEPT = ["name", "nik", "email", "phone"] as const;

/**
 * Opens an applicant account and signs its owner in. A server action, so the form works as a
 * plain HTML post (no NIK or password in the address bar) and the same when scripted.
 */
export async function registerApplicant(_state: RegisterState, formData: FormData): Promise<RegisterState> {
  const typed = Object.fromEntries([...formData.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""]));
  const values = Object.fromEntries(KEPT.map((k) => [k, typed[k] ?? ""]));
  const checked = registrationSchema.safeParse(typed);
  if (!checked.success) return { message: "Periksa kembali isian yang ditandai.", fieldErrors: fieldErrors(checked.error), values };
  try {
    await (await api()).account.register(checked.data);
  } catch (error) {
    const refused = formErrorOf(error);
    if (!refused) throw error;
    return { ...refused, values };
  }
  const refusal = await signInAndGo("portal", { identifier: checked.data.email, password: checked.data.password, goTo: "/permohonan" });
  // The account exists; only the automatic sign-in failed (e.g. the address is rate-limited).
  return { message: `Akun Anda sudah dibuat, tetapi belum dapat masuk otomatis: ${refusal.error} Silakan masuk dari halaman Masuk.`, fieldErrors: {}, values };
}
