import type { Metadata } from "next";
import { can } from "@perizinan/domain";
import { AdminArea } from "../access";
import { SopVersions } from "./sop-versions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "SOP — Administrasi" };

export default function SopPage() {
  return (
    <AdminArea permission="sop.view" title="SOP" intro="Setiap berkas tetap mengikuti versi SOP saat berkas itu dimulai. Permohonan baru memakai versi terbaru.">
      {(actor) => <SopVersions canPublish={can(actor, "sop.manage")} />}
    </AdminArea>
  );
}
