import type { Metadata } from "next";
import { NoticeList } from "@perizinan/ui";
import { requireApplicant } from "~/server/require-applicant";
import { api } from "~/trpc/server";
import { markAllRead } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pemberitahuan" };

export default async function NoticesPage() {
  await requireApplicant("/pemberitahuan");
  const { items, unread } = await (await api()).notifications.list({ limit: 50 });
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Pemberitahuan</h1>
        <p className="text-sm text-gray-700">
          Pesan tentang permohonan Anda. Salinannya dikirim ke email atau WhatsApp sesuai pilihan Anda.
        </p>
      </div>
      <NoticeList items={items} unread={unread} openBase="/pemberitahuan" markAll={markAllRead} />
    </div>
  );
}
