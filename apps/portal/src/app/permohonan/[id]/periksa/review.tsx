"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert, Button, Card, formatBytes, FormAnswers, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { useFile } from "../use-file";

/** "Check your answers": everything the office will receive, then the one button that submits. */
export function Review({ id }: { id: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const file = useFile(id);
  const submit = useMutation(trpc.applications.submit.mutationOptions());
  const resubmit = useMutation(trpc.applications.resubmit.mutationOptions());
  if (file.isPending) return <p>Memuat…</p>;
  if (file.isError) return <Alert tone="error">{file.error.message}</Alert>;
  const f = file.data;
  const failed = submit.error ?? resubmit.error;
  const problems = failed ? Object.values(fieldErrorsOf(failed)) : [];
  const isReturned = f.status === "RETURNED";

  async function send() {
    try {
      if (isReturned) await resubmit.mutateAsync({ id, version: f.version });
      else await submit.mutateAsync({ id, version: f.version });
      // The file changed on the server: drop every cached view of it before showing it again.
      await queryClient.invalidateQueries({ queryKey: trpc.applications.get.queryKey({ id }) });
      await queryClient.invalidateQueries({ queryKey: trpc.applications.mine.queryKey() });
      router.push(`/permohonan/${id}?diajukan=1`);
    } catch {
      // shown below from the mutation's error
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Card title="Data pemohon">
        <FormAnswers fields={f.formFields} values={f.form} />
      </Card>
      <Card title="Dokumen persyaratan">
        <ol className="list-decimal pl-6">
          {f.requirements.map((r) => (
            <li key={r.code}>
              {r.name}:{" "}
              {r.document ? (
                <span>
                  {r.document.displayName} ({formatBytes(r.document.sizeBytes)})
                </span>
              ) : (
                <strong className="text-red-800">belum diunggah</strong>
              )}
              {f.returned?.requirements[r.code]?.newDocument && !f.returned.requirements[r.code]?.replaced ? (
                <strong className="block text-red-800" data-testid={`must-replace-${r.code}`}>
                  Petugas meminta dokumen baru; ganti dokumen ini sebelum mengajukan ulang.
                </strong>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>
      {failed ? (
        <Alert tone="error" testId="submit-error">
          <p>{messageOf(failed)}</p>
          {problems.length ? (
            <ul className="list-disc pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link href={`/permohonan/${id}/ubah`} className="inline-flex min-h-11 items-center rounded-md border border-gray-400 px-4 text-sm font-semibold">
          Ubah jawaban
        </Link>
        <Button onClick={() => void send()} disabled={submit.isPending || resubmit.isPending || !f.editable}>
          {isReturned ? "Ajukan ulang permohonan" : "Ajukan permohonan"}
        </Button>
      </div>
    </div>
  );
}
