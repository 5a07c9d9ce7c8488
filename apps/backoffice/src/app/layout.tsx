import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { LogoutButton } from "@perizinan/app-shell/client";
import { can } from "@perizinan/domain";
import { DEFAULT_OFFICE_CLOCK } from "@perizinan/api";
import { NoticeBell, SiteHeader, SiteMain } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { currentOffice } from "~/server/office";
import { TRPCReactProvider } from "~/trpc/react";
import { api } from "~/trpc/server";
import { canOpenAdministration } from "./admin/areas";
import "./globals.css";


export async function generateMetadata(): Promise<Metadata> {
  const office = (await currentOffice())?.shortName ?? "Perizinan";
  return { title: { template: `%s — ${office}`, default: `Back Office Perizinan — ${office}` }, robots: { index: false, follow: false } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [session, office] = await Promise.all([getSession(), currentOffice()]);
  // The bell's count, read on every page: a server render, so it is there without JavaScript too.
  const unread = session?.user ? await (await api()).notifications.list({ limit: 1 }).then((n) => n.unread, () => 0) : 0;
  return (
    <html lang="id">
      <body className="min-h-screen font-sans text-gray-900">
        <SiteHeader
          office={`${office?.shortName ?? ""} · Internal`}
          title="Back Office Perizinan"
          right={
            session?.user ? (
              <>
                {can(session.user, "dashboard.view") ? (
                  <Link href="/dasbor" className="underline" data-testid="dashboard-link">
                    Dasbor
                  </Link>
                ) : null}
                {canOpenAdministration(session.user) ? (
                  <Link href="/admin" className="underline" data-testid="admin-link">
                    Administrasi
                  </Link>
                ) : null}
                {session.user.roles?.includes("FRONT_OFFICE") ? (
                  <Link href="/loket" className="underline">
                    Pendaftaran di Loket
                  </Link>
                ) : null}
                <NoticeBell unread={unread} href="/pemberitahuan" />
                <span data-testid="user-name">{session.user.name}</span>
                <LogoutButton />
              </>
            ) : null
          }
        />
        <TRPCReactProvider>
          <SiteMain clock={office?.clock ?? DEFAULT_OFFICE_CLOCK}>{children}</SiteMain>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
