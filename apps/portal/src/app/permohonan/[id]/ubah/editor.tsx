"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { fieldErrors, formSchema } from "@perizinan/domain";
import { Alert, Button, Card, DefinedFormFields, RequirementUpload, uploadWithProgress, useFormDraft, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { useFile } from "../use-file";
import { returnReasonFor } from "../return-reasons";

export function Editor({ id }: { id: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const file = useFile(id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.applications.saveForm.mutationOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.applications.get.queryKey({ id }) });
  const remove = useMutation(trpc.applications.removeDocument.mutationOptions({ onSuccess: refresh }));

  const { values, change } = useFormDraft(file.data?.form);

  if (file.isPending) return <p>Memuat…</p>;
  if (file.isError) return <Alert tone="error">{file.error.message}</Alert>;
  if (values === null) return <p>Memuat…</p>;
  const f = file.data;
  if (!f.editable) {
    return (
      <Alert tone="info">
        Permohonan ini sedang diproses dan tidak dapat diubah. <Link href={`/permohonan/${id}`} className="underline">Lihat permohonan</Link>
      </Alert>
    );
  }

  async function persist(): Promise<boolean> {
    // The same draft check the server makes, so that a mistyped value is shown without a round trip.
    const parsed = formSchema(f.formFields, { stage: "draft" }).safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return false;
    }
    try {
      await save.mutateAsync({ id, form: parsed.data });
      setErrors({});
      await queryClient.invalidateQueries({ queryKey: trpc.applications.get.queryKey({ id }) });
      return true;
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      return false;
    }
  }
  async function saveDraft() {
    setSaved(await persist());
  }
  async function continueToReview() {
    if (await persist()) router.push(`/permohonan/${id}/periksa`);
  }

  return (
    <div className="flex flex-col gap-4">
      {f.returned ? (
        <Alert tone="warning" testId="returned-banner">
          <p className="font-semibold">Berkas dikembalikan kepada Anda untuk diperbaiki.</p>
          <ul className="list-disc pl-5">
            {f.returned.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Card title="1. Data pemohon">
        <DefinedFormFields
          fields={f.formFields}
          values={values}
          errors={errors}
          onChange={(name, value) => {
            setSaved(false);
            change(name, value);
          }}
        />
      </Card>
      <Card title="2. Dokumen persyaratan">
        <ol className="flex flex-col gap-3">
          {f.requirements.map((r) => (
            <RequirementUpload
              key={r.code}
              requirement={r}
              returnReason={returnReasonFor(f.returned, r)}
              documentUrl={(docId) => `/api/dokumen/${docId}`}
              upload={async (file, onProgress) => {
                const outcome = await uploadWithProgress(`/api/permohonan/${id}/dokumen/${r.code}`, file, onProgress);
                await refresh();
                return outcome;
              }}
              remove={() => remove.mutate({ id, requirementCode: r.code })}
              removing={remove.isPending}
              removeError={remove.isError ? messageOf(remove.error) : null}
            />
          ))}
        </ol>
      </Card>
      {save.isError && Object.keys(fieldErrorsOf(save.error)).length === 0 ? <Alert tone="error">{messageOf(save.error)}</Alert> : null}
      {saved ? <Alert tone="info" testId="draft-saved">Draf tersimpan. Anda dapat melanjutkannya kapan saja dari “Permohonan Saya”.</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" disabled={save.isPending} onClick={() => void saveDraft()}>
          Simpan draf
        </Button>
        <Button disabled={save.isPending} onClick={() => void continueToReview()}>
          Lanjut: periksa jawaban
        </Button>
      </div>
    </div>
  );
}
