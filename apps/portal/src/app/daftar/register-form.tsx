"use client";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { registrationSchema, fieldErrors } from "@perizinan/domain";
import { Alert, Button, Field, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

const FIELDS = [
  { name: "name", label: "Nama lengkap (sesuai KTP)", autoComplete: "name" },
  { name: "nik", label: "NIK (16 angka)", inputMode: "numeric" as const, hint: "Nomor Induk Kependudukan pada KTP Anda." },
  { name: "email", label: "Email", type: "email", autoComplete: "email" },
  { name: "phone", label: "Nomor ponsel", type: "tel", autoComplete: "tel", hint: "Contoh: 081234567890" },
  { name: "password", label: "Kata sandi", type: "password", autoComplete: "new-password", hint: "Minimal 8 karakter, memuat huruf dan angka." },
  { name: "passwordConfirmation", label: "Ulangi kata sandi", type: "password", autoComplete: "new-password" },
];

export function RegisterForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const register = useMutation(trpc.account.register.mutationOptions());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const checked = registrationSchema.safeParse(values);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error));
      return;
    }
    setErrors({});
    try {
      await register.mutateAsync(values as never);
      await signIn("credentials", { identifier: checked.data.email, password: values.password, redirect: false });
      router.push("/permohonan");
      router.refresh();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
      {register.isError && Object.keys(fieldErrorsOf(register.error)).length === 0 ? (
        <Alert tone="error" testId="form-error">
          {messageOf(register.error)}
        </Alert>
      ) : null}
      {Object.keys(errors).length > 0 ? (
        <Alert tone="error" testId="form-error">
          Periksa kembali isian yang ditandai.
        </Alert>
      ) : null}
      {FIELDS.map((f) => (
        <Field key={f.name} {...f} error={errors[f.name]} required />
      ))}
      <Button type="submit" disabled={register.isPending}>
        {register.isPending ? "Mendaftarkan…" : "Daftar"}
      </Button>
    </form>
  );
}
