"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { LoginForm } from "@perizinan/ui";

export function PortalLogin() {
  const router = useRouter();
  return (
    <LoginForm
      identifierLabel="Email atau NIK"
      onLogin={async (identifier, password) => {
        const result = await signIn("credentials", { identifier, password, redirect: false });
        if (!result || result.error) return result?.error ?? "Gagal masuk. Coba lagi.";
        router.push("/permohonan");
        router.refresh();
        return null;
      }}
    />
  );
}
