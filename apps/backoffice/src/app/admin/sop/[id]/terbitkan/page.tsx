import type { Metadata } from "next";
import Link from "next/link";
import { adminAccess, NoAccess } from "../../../access";
import { PublishForm } from "./publish-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Terbitkan versi SOP — Administrasi" };

export default async function PublishSopPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await adminAccess("sop.manage")).allowed) return <NoAccess />;
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/admin/sop/${id}`} className="text-sm text-brand-700 underline">
        ← Kembali ke SOP
      </Link>
      <PublishForm id={id} />
    </div>
  );
}
