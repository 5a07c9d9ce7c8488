import "server-only";
import Link from "next/link";
import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { can, type Actor, type Permission } from "@perizinan/domain";
import { Alert } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { api } from "~/trpc/server";
import { canOpenAdministration } from "./areas";

/**
 * Who is asking, with the roles the database holds now (not those in the session cookie), and
 * whether the domain lets them open this page. Anonymous visitors go to the login page.
 */
export async function adminAccess(permission: Permission | "administration"): Promise<{ actor: Actor; allowed: boolean }> {
  if (!(await getSession())?.user) redirect("/masuk");
  const profile = await (await api()).me.profile().catch(() => null);
  if (!profile) redirect("/masuk");
  const actor: Actor = { id: profile.id, roles: profile.roles.map((r) => r.role) };
  return { actor, allowed: permission === "administration" ? canOpenAdministration(actor) : can(actor, permission) };
}

/**
 * The page a user without the permission sees instead: a clear refusal, not an error. `area` and
 * `rule` name what was refused and who may open it (the administration by default).
 */
export function NoAccess({
  area = "halaman Administrasi",
  rule = "Halaman ini hanya untuk Administrator Sistem.",
}: { area?: string; rule?: string }) {
  return (
    <div className="flex flex-col gap-4" data-testid="no-access">
      <h1 className="text-2xl font-bold">Akses ditolak</h1>
      <Alert tone="warning">
        Anda tidak memiliki akses ke {area}. {rule} Bila Anda memerlukannya, hubungi administrator kantor.
      </Alert>
      <p>
        <Link href="/" className="text-brand-700 underline">
          ← Kembali ke Kotak Masuk
        </Link>
      </p>
    </div>
  );
}

/** The way back to the administration's index, at the top of each area. */
export function BackToAdmin() {
  return (
    <Link href="/admin" className="text-sm text-brand-700 underline">
      ← Administrasi
    </Link>
  );
}

/**
 * One administration area: the permission checked against the database's roles (a refusal page
 * otherwise), the way back, the heading and what the area's changes do. `children` may take the
 * actor, for an area that shows more to those with a further permission.
 */
export async function AdminArea({
  permission,
  title,
  intro,
  children,
}: {
  permission: Permission;
  title: string;
  intro: string;
  children: ReactNode | ((actor: Actor) => ReactNode);
}) {
  const { actor, allowed } = await adminAccess(permission);
  if (!allowed) return <NoAccess />;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <BackToAdmin />
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-sm text-gray-700">{intro}</p>
      </div>
      {typeof children === "function" ? children(actor) : children}
    </div>
  );
}
