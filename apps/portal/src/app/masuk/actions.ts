"use server";
import { signInFromForm } from "@perizinan/auth/form";
import type { LoginState } from "@perizinan/ui";

export async function signInApplicant(_state: LoginState, formData: FormData): Promise<LoginState> {
  return signInFromForm("portal", formData, "/permohonan");
}
