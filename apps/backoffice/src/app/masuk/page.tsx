import { redirect } from "next/navigation";
import { Card } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { StaffLogin } from "./staff-login";

export default async function LoginPage() {
  if ((await getSession())?.user) redirect("/");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">Masuk Petugas</h1>
      <Card>
        <StaffLogin />
      </Card>
    </div>
  );
}
