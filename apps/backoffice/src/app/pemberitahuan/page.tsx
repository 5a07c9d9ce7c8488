import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NoticeList } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { api } from "~/trpc/server";
import { markAllRead } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pemberitahuan" };

export default async function NoticesPage() {
  if (!(await getSession())?.user) redirect("/masuk");
  const { items, unread } = await (await api()).notifications.list({ limit: 50 });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Pemberitahuan</h1>
      <NoticeList items={items} unread={unread} openBase="/pemberitahuan" markAll={markAllRead} />
    </div>
  );
}
