import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { LogoutButton } from "@perizinan/app-shell/client";
import { DEFAULT_OFFICE_CLOCK } from "@perizinan/api";
import { NoticeBell, SiteHeader, SiteMain } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { currentOffice } from "~/server/office";
import { TRPCReactProvider } from "~/trpc/react";
import { api } from "~/trpc/server";
import "./globals.css";


export async function generateMetadata(): Promise<Metadata> {
  const office = (await currentOffice())?.shortName ?? "Layanan Perizinan";
  return {
    title: { template: `%s — ${office}`, default: `Layanan Perizinan Online — ${office}` },
    description: `Ajukan dan pantau permohonan izin secara daring di ${office}.`,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [session, office] = await Promise.all([getSession(), currentOffice()]);
  // The count is rendered on the server: the header shows it without JavaScript too.
  const unread = session?.user ? await (await api()).notifications.list({ limit: 1 }).then((n) => n.unread, () => 0) : 0;
  return (
    <html lang="id">
      <body className="min-h-screen font-sans text-gray-900">
        <a href="#konten" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Lewati ke konten utama
        </a>
        <SiteHeader
          office={office?.shortName ?? ""}
          title="Layanan Perizinan Online"
          right={
            <>
              <Link href="/lacak" className="underline">
                Lacak Berkas
              </Link>
              <Link href="/verifikasi" className="underline">
                Verifikasi Izin
              </Link>
              {session?.user ? (
                <>
                  <Link href="/permohonan" className="underline">
                    Permohonan Saya
                  </Link>
                  <NoticeBell unread={unread} href="/pemberitahuan" />
                  <Link href="/akun/kata-sandi" className="underline" data-testid="user-name">
                    {session.user.name}
                  </Link>
                  <LogoutButton />
                </>
              ) : (
                <>
                  <Link href="/masuk" className="underline">
                    Masuk
                  </Link>
                  <Link href="/daftar" className="underline">
                    Daftar
                  </Link>
                </>
              )}
            </>
          }
        />
        <TRPCReactProvider>
          <SiteMain clock={office?.clock ?? DEFAULT_OFFICE_CLOCK}>{children}</SiteMain>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
