"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { LoginForm } from "@perizinan/ui";

export function PortalLogin({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  return (
    <LoginForm
      identifierLabel="Email atau NIK"
      onLogin={async (identifier, password) => {
        const result = await signIn("credentials", { identifier, password, redirect: false });
        if (!result || result.error) return result?.error ?? "Gagal masuk. Coba lagi.";
        router.push(returnTo);
        router.refresh();
        return null;
      }}
    />
  );
}
