"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { changePasswordSchema, fieldErrors } from "@perizinan/domain";
import { Alert, Button, Field, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = useMutation(trpc.account.changePassword.mutationOptions());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const checked = changePasswordSchema.safeParse(values);
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    setErrors({});
    try {
      await change.mutateAsync(checked.data);
      form.reset();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
    }
  }

  return (
    <form method="post" onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
      {change.isSuccess ? <Alert tone="info" testId="form-success">Kata sandi berhasil diubah.</Alert> : null}
      {change.isError ? <Alert tone="error" testId="form-error">{messageOf(change.error)}</Alert> : null}
      <Field name="currentPassword" type="password" label="Kata sandi lama" autoComplete="current-password" error={errors.currentPassword} />
      <Field name="newPassword" type="password" label="Kata sandi baru" autoComplete="new-password" hint="Minimal 8 karakter, memuat huruf dan angka." error={errors.newPassword} />
      <Field name="confirmation" type="password" label="Ulangi kata sandi baru" autoComplete="new-password" error={errors.confirmation} />
      <Button type="submit" disabled={change.isPending}>Simpan kata sandi</Button>
    </form>
  );
}
