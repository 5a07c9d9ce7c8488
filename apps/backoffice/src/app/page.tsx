import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { api } from "~/trpc/server";
import { FileSearch } from "./file-search";
import { Inbox } from "./inbox";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  if (!(await getSession())?.user) redirect("/masuk");
  const profile = await (await api()).me.profile().catch(() => null);
  if (!profile) redirect("/masuk");
  const may = (permission: (typeof profile.permissions)[number]) => profile.permissions.includes(permission);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Kotak Masuk</h1>
        <p className="text-sm text-gray-700" data-testid="user-roles">
          {profile.jobTitle} · Peran: {profile.roles.map((r) => r.label).join(", ")}
        </p>
        {may("dashboard.view") ? (
          <p className="mt-1 text-sm">
            <Link href="/dasbor" className="font-semibold text-brand-700 underline" data-testid="home-dashboard-link">
              Dasbor Kinerja Pelayanan
            </Link>
          </p>
        ) : null}
      </div>
      {may("worklist.view") ? (
        <Inbox />
      ) : (
        <Alert tone="info" testId="no-worklist">
          Peran Anda tidak mengerjakan langkah SOP, sehingga tidak ada berkas yang menunggu tindakan Anda.
          {may("user.manage") ? (
            <>
              {" "}
              <Link href="/admin" className="font-semibold underline">
                Buka Administrasi
              </Link>
            </>
          ) : null}
        </Alert>
      )}
      {may("file.view.any") ? <FileSearch /> : null}
    </div>
  );
}
