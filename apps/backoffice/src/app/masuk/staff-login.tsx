"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { LoginForm } from "@perizinan/ui";

export function StaffLogin() {
  const router = useRouter();
  return (
    <LoginForm
      identifierLabel="Nama pengguna atau NIP"
      onLogin={async (identifier, password) => {
        const result = await signIn("credentials", { identifier, password, redirect: false });
        if (!result || result.error) return result?.error ?? "Gagal masuk. Coba lagi.";
        router.push("/");
        router.refresh();
        return null;
      }}
    />
  );
}
