"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { fieldErrors, formSchema } from "@perizinan/domain";
import { Alert, Button, Card, DefinedFormFields, RequirementUpload, uploadWithProgress, useFormDraft, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

/**
 * The counter fills in a walk-in applicant's file: the form from their papers, a scan of each
 * paper requirement, then submission on their behalf. The applicant gets the registration number
 * to follow the file.
 */
export function IntakeEditor({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const file = useQuery(trpc.intake.get.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.intake.get.queryKey({ id }) });
  const save = useMutation(trpc.intake.saveForm.mutationOptions());
  const submit = useMutation(trpc.intake.submit.mutationOptions({ onSuccess: refresh }));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const { values, change } = useFormDraft(file.data?.form);

  if (file.isPending) return <p>Memuat…</p>;
  if (file.isError) return <Alert tone="error">{file.error.message}</Alert>;
  if (values === null) return <p>Memuat…</p>;
  const f = file.data;

  if (f.registrationNumber) {
    return (
      <Alert tone="info" testId="intake-submitted">
        Berkas diajukan dengan nomor registrasi <strong className="font-mono">{f.registrationNumber}</strong>. Berikan nomor ini kepada pemohon
        untuk melacak berkasnya. <Link href={`/berkas/${id}`} className="font-semibold underline">Buka berkas</Link>
      </Alert>
    );
  }

  async function saveAndSubmit() {
    const parsed = formSchema(f.formFields, { stage: "draft" }).safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    try {
      await save.mutateAsync({ id, form: parsed.data });
      setErrors({});
      await submit.mutateAsync({ id, version: f.version });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Card title="1. Data pemohon">
        {/* The clerk types the applicant's papers: the browser's own saved name and number would be wrong here. */}
        <DefinedFormFields fields={f.formFields} values={values} errors={errors} onChange={change} autoFill={false} />
      </Card>
      <Card title="2. Pindaian dokumen persyaratan">
        <ol className="flex flex-col gap-3">
          {f.requirements.map((r) => (
            <RequirementUpload
              key={r.code}
              requirement={r}
              documentUrl={(docId) => `/api/dokumen/${docId}`}
              upload={async (upload, onProgress) => {
                const outcome = await uploadWithProgress(`/api/loket/${id}/dokumen/${r.code}`, upload, onProgress);
                await refresh();
                return outcome;
              }}
            />
          ))}
        </ol>
      </Card>
      {submit.isError || save.isError ? (
        <Alert tone="error" testId="intake-error">
          <p>{messageOf(submit.error ?? save.error)}</p>
          {Object.values(fieldErrorsOf(submit.error)).length ? (
            <ul className="list-disc pl-5">
              {Object.values(fieldErrorsOf(submit.error)).map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <Button onClick={() => void saveAndSubmit()} disabled={save.isPending || submit.isPending}>
        Ajukan untuk pemohon
      </Button>
    </div>
  );
}
