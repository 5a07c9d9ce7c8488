import { Card } from "@perizinan/ui";
import { requireApplicant } from "~/server/require-applicant";
import { ChangePasswordForm } from "./change-password-form";

export default async function ChangePasswordPage() {
  await requireApplicant("/akun/kata-sandi");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">Ubah Kata Sandi</h1>
      <Card>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
