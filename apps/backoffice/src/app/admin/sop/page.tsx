import type { Metadata } from "next";
import { can } from "@perizinan/domain";
import { adminAccess, BackToAdmin, NoAccess } from "../access";
import { SopVersions } from "./sop-versions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "SOP — Administrasi" };

export default async function SopPage() {
  const { actor, allowed } = await adminAccess("sop.view");
  if (!allowed) return <NoAccess />;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <BackToAdmin />
        <h1 className="text-2xl font-bold">SOP</h1>
        <p className="text-sm text-gray-700">
          Setiap berkas tetap mengikuti versi SOP saat berkas itu dimulai. Permohonan baru memakai versi terbaru.
        </p>
      </div>
      <SopVersions canPublish={can(actor, "sop.manage")} />
    </div>
  );
}
