"use client";
import { useActionState } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Field } from "./field";

/** What the login action answers when it does not redirect: the refusal, and the identifier to show again. */
export interface LoginState {
  error: string | null;
  identifier: string;
}

/**
 * The login form of both sites. Its action is the app's server action: a plain form post
 * before the script has loaded (or without JavaScript at all) and a scripted submit after it
 * take the same path, and the password travels only in the POST body.
 */
export function LoginForm({
  identifierLabel,
  identifierHint,
  action,
  returnTo,
}: {
  identifierLabel: string;
  identifierHint?: string;
  action: (state: LoginState, formData: FormData) => Promise<LoginState>;
  /** A path on this site to open after logging in. */
  returnTo?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null, identifier: "" });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state.error ? (
        <Alert tone="error" testId="login-error">
          {state.error}
        </Alert>
      ) : null}
      {returnTo ? <input type="hidden" name="kembali" value={returnTo} /> : null}
      <Field
        name="identifier"
        label={identifierLabel}
        hint={identifierHint}
        autoComplete="username"
        defaultValue={state.identifier}
        key={state.identifier}
        required
      />
      <Field name="password" type="password" label="Kata sandi" autoComplete="current-password" required />
      <Button type="submit" disabled={pending}>
        {pending ? "Memproses…" : "Masuk"}
      </Button>
    </form>
  );
}
