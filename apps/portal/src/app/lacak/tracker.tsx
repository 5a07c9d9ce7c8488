"use client";
import { useActionState } from "react";
import { Alert, Button, Card, Field, useOfficeClock } from "@perizinan/ui";
import { trackFile } from "./actions";


/** Public tracking by registration number plus the last four digits of the NIK; no personal data shown. */
export function Tracker({ registrationNumber = "" }: { registrationNumber?: string }) {
  const { dateTime } = useOfficeClock();
  const [state, formAction, pending] = useActionState(trackFile, { result: null, message: null, fieldErrors: {}, registrationNumber });
  const errors = state.fieldErrors;
  const result = state.result;

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <form action={formAction} className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end" noValidate>
          <Field name="registrationNumber" label="Nomor registrasi" placeholder="PM-2611-XXXX-XXXX" defaultValue={state.registrationNumber} key={state.registrationNumber} error={errors.registrationNumber} />
          <Field name="nikLast4" label="4 angka terakhir NIK" inputMode="numeric" maxLength={4} error={errors.nikLast4} />
          <Button type="submit" disabled={pending}>
            {pending ? "Mencari…" : "Lacak"}
          </Button>
        </form>
      </Card>
      {state.message && Object.keys(errors).length === 0 ? <Alert tone="error" testId="tracking-error">{state.message}</Alert> : null}
      {result ? (
        <Card title={`${result.permitTypeName} — ${result.registrationNumber}`}>
          <p>
            Status: <strong data-testid="tracking-status">{result.statusLabel}</strong>
          </p>
          <p className="text-sm">Diajukan: {dateTime(result.submittedAt)}</p>
          {result.expectedCompletionAt ? <p className="text-sm">Perkiraan selesai: {dateTime(result.expectedCompletionAt)}</p> : null}
          <ol className="mt-3 flex flex-col gap-1 text-sm" data-testid="tracking-steps">
            {result.steps.map((s) => (
              <li key={s.no} data-status={s.status}>
                {s.no}. {s.activity} ({s.roleLabel}) —{" "}
                {s.status === "DONE" ? `selesai ${dateTime(s.finishedAt)}` : s.status === "CURRENT" ? `sedang diproses, batas ${dateTime(s.dueAt)}` : "belum"}
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
    </div>
  );
}
