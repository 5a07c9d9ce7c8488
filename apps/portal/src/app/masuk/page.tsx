import Link from "next/link";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@perizinan/auth/form";
import { Card, LoginForm } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { signInApplicant } from "./actions";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ kembali?: string }> }) {
  const { kembali } = await searchParams;
  const returnTo = safeReturnPath(kembali, "/permohonan");
  if ((await getSession())?.user) redirect(returnTo);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">Masuk Pemohon</h1>
      <Card>
        <LoginForm identifierLabel="Email atau NIK" action={signInApplicant} returnTo={returnTo} />
        <p className="mt-4 text-sm">
          Belum punya akun?{" "}
          <Link href="/daftar" className="font-semibold text-brand-700 underline">
            Daftar di sini
          </Link>
        </p>
      </Card>
    </div>
  );
}
