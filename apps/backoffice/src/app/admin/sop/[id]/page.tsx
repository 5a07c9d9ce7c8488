import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@perizinan/domain";
import { adminAccess, NoAccess } from "../../access";
import { SopDocument } from "./sop-document";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "SOP — Administrasi" };

export default async function SopVersionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { actor, allowed } = await adminAccess("sop.view");
  if (!allowed) return <NoAccess />;
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/sop" className="text-sm text-brand-700 underline">
        ← Daftar SOP
      </Link>
      <SopDocument id={id} canPublish={can(actor, "sop.manage")} justPublished={query.baru === "1"} />
    </div>
  );
}
