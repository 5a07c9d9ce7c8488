"use client";
import { useState, type FormEvent } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Field } from "./field";
import { asText } from "./format";

/**
 * The login form of both sites. It knows nothing of NextAuth: the app passes `onLogin`, which
 * resolves to an Indonesian error message or null on success.
 */
export function LoginForm({
  identifierLabel,
  identifierHint,
  onLogin,
}: {
  identifierLabel: string;
  identifierHint?: string;
  onLogin: (identifier: string, password: string) => Promise<string | null>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const identifier = asText(data.get("identifier")).trim();
    const password = asText(data.get("password"));
    if (!identifier || !password) {
      setError(`${identifierLabel} dan kata sandi wajib diisi.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setError(await onLogin(identifier, password));
    } catch {
      setError("Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.");
    } finally {
      setBusy(false);
    }
  }

  // POST, so that a submit before the script has loaded never puts the password in the address bar.
  return (
    <form method="post" onSubmit={(event) => void submit(event)} className="flex flex-col gap-4" noValidate>
      {error ? (
        <Alert tone="error" testId="login-error">
          {error}
        </Alert>
      ) : null}
      <Field name="identifier" label={identifierLabel} hint={identifierHint} autoComplete="username" required />
      <Field name="password" type="password" label="Kata sandi" autoComplete="current-password" required />
      <Button type="submit" disabled={busy}>
        {busy ? "Memproses…" : "Masuk"}
      </Button>
    </form>
  );
}
