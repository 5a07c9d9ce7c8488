import { redirect } from "next/navigation";
import { Card } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { PortalLogin } from "./portal-login";

export default async function LoginPage() {
  if ((await getSession())?.user) redirect("/permohonan");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">Masuk Pemohon</h1>
      <Card>
        <PortalLogin />
      </Card>
    </div>
  );
}
