import { redirect } from "next/navigation";
import { Card } from "@perizinan/ui";
import { getSession } from "~/server/auth";
import { RegisterForm } from "./register-form";

export const metadata = { title: "Daftar Akun Pemohon" };

export default async function RegisterPage() {
  if ((await getSession())?.user) redirect("/permohonan");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="mb-4 text-2xl font-bold">Daftar Akun Pemohon</h1>
      <Card>
        <RegisterForm />
      </Card>
    </div>
  );
}
