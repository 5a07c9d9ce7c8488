import type { Metadata } from "next";
import Link from "next/link";
import { adminAccess, NoAccess } from "../../access";
import { PermitTypeEditor } from "./editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ubah jenis izin — Administrasi" };

export default async function PermitTypeEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await adminAccess("permitType.manage")).allowed) return <NoAccess />;
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/jenis-izin" className="text-sm text-brand-700 underline">
        ← Daftar jenis izin
      </Link>
      <PermitTypeEditor id={id} />
    </div>
  );
}
