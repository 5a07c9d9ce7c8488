"use client";
import { useActionState, useState, type FormEvent } from "react";
import { registrationSchema, fieldErrors } from "@perizinan/domain";
import { Alert, Button, Field } from "@perizinan/ui";
import { registerApplicant, type RegisterState } from "./actions";

const FIELDS = [
  { name: "name", label: "Nama lengkap (sesuai KTP)", autoComplete: "name" },
  { name: "nik", label: "NIK (16 angka)", inputMode: "numeric" as const, hint: "Nomor Induk Kependudukan pada KTP Anda." },
  { name: "email", label: "Email", type: "email", autoComplete: "email" },
  { name: "phone", label: "Nomor ponsel", type: "tel", autoComplete: "tel", hint: "Contoh: 081234567890" },
  { name: "password", label: "Kata sandi", type: "password", autoComplete: "new-password", hint: "Minimal 8 karakter, memuat huruf dan angka." },
  { name: "passwordConfirmation", label: "Ulangi kata sandi", type: "password", autoComplete: "new-password" },
];

const EMPTY: RegisterState = { message: null, fieldErrors: {}, values: {} };

/**
 * The registration form. Its action is a server action, so it works before (or without) the
 * script; once the script runs, the same schema marks mistakes before anything is sent.
 */
export function RegisterForm() {
  const [state, formAction, pending] = useActionState(registerApplicant, EMPTY);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? state.fieldErrors;

  function check(event: FormEvent<HTMLFormElement>) {
    const checked = registrationSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (checked.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(fieldErrors(checked.error));
  }

  const marked = Object.keys(errors).length > 0;
  const message = clientErrors ? null : state.message;
  return (
    <form action={formAction} onSubmit={check} noValidate className="flex flex-col gap-4">
      {marked ? (
        <Alert tone="error" testId="form-error">
          Periksa kembali isian yang ditandai.
        </Alert>
      ) : message ? (
        <Alert tone="error" testId="form-error">
          {message}
        </Alert>
      ) : null}
      {FIELDS.map((f) => (
        <Field key={`${f.name}:${state.values[f.name] ?? ""}`} {...f} defaultValue={state.values[f.name]} error={errors[f.name]} required />
      ))}
      <Button type="submit" disabled={pending}>
        {pending ? "Mendaftarkan…" : "Daftar"}
      </Button>
    </form>
  );
}
