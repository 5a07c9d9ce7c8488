"use client";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, asText, Button, Card, Field, formatDateTime, fieldErrorsOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

/** Public tracking by registration number plus the last four digits of the NIK; no personal data shown. */
export function Tracker() {
  const trpc = useTRPC();
  const [query, setQuery] = useState<{ registrationNumber: string; nikLast4: string } | null>(null);
  const result = useQuery({ ...trpc.tracking.lookup.queryOptions(query ?? { registrationNumber: "", nikLast4: "" }), enabled: query !== null, retry: false });
  const errors = result.error ? fieldErrorsOf(result.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setQuery({ registrationNumber: asText(data.get("registrationNumber")), nikLast4: asText(data.get("nikLast4")) });
  }

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <form onSubmit={submit} className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end" noValidate>
          <Field name="registrationNumber" label="Nomor registrasi" placeholder="PM-2611-XXXX-XXXX" error={errors.registrationNumber} />
          <Field name="nikLast4" label="4 angka terakhir NIK" inputMode="numeric" maxLength={4} error={errors.nikLast4} />
          <Button type="submit">Lacak</Button>
        </form>
      </Card>
      {result.isError && Object.keys(errors).length === 0 ? <Alert tone="error" testId="tracking-error">{result.error.message}</Alert> : null}
      {result.data ? (
        <Card title={`${result.data.permitTypeName} — ${result.data.registrationNumber}`}>
          <p>
            Status: <strong data-testid="tracking-status">{result.data.statusLabel}</strong>
          </p>
          <p className="text-sm">Diajukan: {formatDateTime(result.data.submittedAt)}</p>
          {result.data.expectedCompletionAt ? <p className="text-sm">Perkiraan selesai: {formatDateTime(result.data.expectedCompletionAt)}</p> : null}
          <ol className="mt-3 flex flex-col gap-1 text-sm" data-testid="tracking-steps">
            {result.data.steps.map((s) => (
              <li key={s.no} data-status={s.status}>
                {s.no}. {s.activity} ({s.roleLabel}) —{" "}
                {s.status === "DONE" ? `selesai ${formatDateTime(s.finishedAt)}` : s.status === "CURRENT" ? `sedang diproses, batas ${formatDateTime(s.dueAt)}` : "belum"}
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
    </div>
  );
}
