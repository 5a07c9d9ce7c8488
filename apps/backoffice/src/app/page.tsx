import { redirect } from "next/navigation";
import { getSession } from "~/server/auth";
import { api } from "~/trpc/server";
import { Inbox } from "./inbox";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  if (!(await getSession())?.user) redirect("/masuk");
  const profile = await (await api()).me.profile().catch(() => null);
  if (!profile) redirect("/masuk");
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Kotak Masuk</h1>
        <p className="text-sm text-gray-700" data-testid="user-roles">
          {profile.jobTitle} · Peran: {profile.roles.map((r) => r.label).join(", ")}
        </p>
      </div>
      <Inbox />
    </div>
  );
}
