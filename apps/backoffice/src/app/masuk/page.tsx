import { redirect } from "next/navigation";
import { Card, LoginForm } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { signInStaff } from "./actions";

export default async function LoginPage() {
  if ((await getSession())?.user) redirect("/");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">Masuk Petugas</h1>
      <Card>
        <LoginForm identifierLabel="Nama pengguna atau NIP" action={signInStaff} />
      </Card>
    </div>
  );
}
