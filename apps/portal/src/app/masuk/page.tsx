import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { PortalLogin } from "./portal-login";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ kembali?: string }> }) {
  const { kembali } = await searchParams;
  // Only paths on this site: an open redirect would let a phishing link borrow our login page.
  const returnTo = kembali?.startsWith("/") && !kembali.startsWith("//") ? kembali : "/permohonan";
  if ((await getSession())?.user) redirect(returnTo);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">Masuk Pemohon</h1>
      <Card>
        <PortalLogin returnTo={returnTo} />
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
