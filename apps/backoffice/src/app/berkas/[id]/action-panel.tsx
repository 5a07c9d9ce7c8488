"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { Alert, Button, Card, DefinedFormFields, fieldErrorsOf, messageOf, type FormValues } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { CompletenessCheck, judgementsToSend, type Judgement } from "./completeness-check";

type FileData = inferRouterOutputs<BackofficeRouter>["files"]["get"];

/** What the clerk is told once the action is saved: where the file went. */
const DONE_MESSAGES: Record<string, string> = {
  RETURN: "Berkas dikembalikan kepada pemohon untuk diperbaiki. Pemohon melihat alasan per persyaratan.",
  REJECT: "Penolakan tersimpan. Berkas diteruskan ke langkah penolakan.",
  APPROVE_WITH_CONDITIONS: "Persetujuan dengan syarat tersimpan; syaratnya dicetak pada surat izin. Berkas diteruskan ke langkah berikutnya.",
  REVOKE: "Izin dicabut.",
  RECORD_RECEIPT: "Tanda terima tersimpan. Berkas selesai.",
};
const DONE_DEFAULT = "Tindakan tersimpan. Berkas diteruskan ke langkah berikutnya.";

const NEEDS_REASONS = new Set(["REJECT", "REVOKE", "APPROVE_WITH_CONDITIONS"]);

/**
 * The current step's form. The domain has already said which actions this user may take; the
 * server checks again. At a step that can return the file, the requirement checklist is the output.
 */
export function ActionPanel({ file }: { file: FileData }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const [reasons, setReasons] = useState("");
  const [assignees, setAssignees] = useState<string[]>([]);
  // What the officer enters for the step's own output (an inspection's findings, a disposition), by field code.
  const [output, setOutput] = useState<FormValues>({});
  // Nothing is judged until the clerk judges it.
  const [checklist, setChecklist] = useState<Record<string, Judgement>>({});
  const [lastAction, setLastAction] = useState<string | null>(null);
  const act = useMutation(
    trpc.files.act.mutationOptions({
      onSuccess: () => {
        // Those answers belonged to the step just done; the next step asks its own.
        setOutput({});
        return queryClient.invalidateQueries({ queryKey: trpc.files.get.queryKey({ id: file.id }) });
      },
    }),
  );
  const doneMessage = (lastAction && DONE_MESSAGES[lastAction]) ?? DONE_DEFAULT;
  if (file.actions.length === 0) {
    return (
      <>
        {act.isSuccess ? <Alert tone="info" testId="action-done">{doneMessage}</Alert> : null}
        {file.status === "IN_PROGRESS" ? (
          <Alert tone="info" testId="no-action">
            {file.cannotActReason
              ? `Anda tidak dapat bertindak pada langkah ini: ${file.cannotActReason}`
              : `Langkah ini dikerjakan oleh ${file.step.roleLabel}. Anda dapat melihat berkas, tetapi tidak dapat bertindak pada langkah ini.`}
          </Alert>
        ) : null}
      </>
    );
  }
  const errors = act.isError ? fieldErrorsOf(act.error) : {};
  const withChecklist = file.step.offersChecklist;
  const outputFields = file.status === "IN_PROGRESS" ? file.step.fields : [];
  // The server refuses the step's output at `output.<code>`; the form shows each at its field.
  const outputErrors: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) if (key.startsWith("output.")) outputErrors[key.slice("output.".length)] = message;

  function run(action: string) {
    setLastAction(action);
    act.mutate({
      id: file.id,
      version: file.version,
      action: action as never,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(reasons.trim() ? { reasons: reasons.split("\n").map((r) => r.trim()).filter(Boolean) } : {}),
      ...(file.step.assignsTeam && action === "COMPLETE" ? { assignees } : {}),
      ...(withChecklist && (action === "COMPLETE" || action === "RETURN") ? { checklist: judgementsToSend(checklist) } : {}),
      output,
    });
  }

  return (
    <Card title="Tindakan">
      <div className="flex flex-col gap-3" data-testid="action-panel">
        {withChecklist ? (
          <CompletenessCheck
            requirements={file.requirements}
            judgements={checklist}
            onChange={(code, judgement) => setChecklist((all) => ({ ...all, [code]: judgement }))}
            errors={errors}
          />
        ) : null}
        {file.step.assignsTeam ? (
          <fieldset className="flex flex-col gap-1 text-sm">
            <legend className="mb-1 font-medium">Anggota Tim Teknis yang ditugaskan</legend>
            {file.team.map((m) => (
              <label key={m.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  checked={assignees.includes(m.id)}
                  onChange={(e) => setAssignees((a) => (e.target.checked ? [...a, m.id] : a.filter((x) => x !== m.id)))}
                />
                {m.name} — {m.jobTitle}
              </label>
            ))}
          </fieldset>
        ) : null}
        {outputFields.length ? (
          <fieldset className="min-w-0" data-testid="step-output">
            <legend className="mb-2 font-medium">Isian untuk {file.step.output}</legend>
            <DefinedFormFields
              fields={outputFields}
              values={output}
              errors={outputErrors}
              onChange={(code, value) => setOutput((all) => ({ ...all, [code]: value }))}
              idPrefix={`step-${file.step.no}`}
              autoFill={false}
              today={file.officeToday}
            />
          </fieldset>
        ) : null}
        <label className="flex flex-col gap-1 text-sm font-medium">
          Catatan (opsional)
          <textarea className="min-h-16 rounded-md border border-gray-500 p-2 text-base" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {file.actions.some((a) => NEEDS_REASONS.has(a.action)) ? (
          <label className="flex flex-col gap-1 text-sm font-medium">
            Alasan (satu per baris; wajib untuk menolak, mencabut, atau menyetujui dengan syarat — syaratnya dicetak pada izin)
            <textarea className="min-h-16 rounded-md border border-gray-500 p-2 text-base" value={reasons} onChange={(e) => setReasons(e.target.value)} />
          </label>
        ) : null}
        {act.isError ? <Alert tone="error" testId="action-error">{messageOf(act.error)}</Alert> : null}
        {act.isSuccess ? <Alert tone="info" testId="action-done">{doneMessage}</Alert> : null}
        {act.isSuccess && act.data.lettersPending.length ? (
          <Alert tone="warning" testId="letters-pending">
            Tindakan tersimpan, tetapi surat belum berhasil dibuat; sistem mencobanya lagi saat berkas ini dibuka.
          </Alert>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {file.actions.map((a) => (
            <Button
              key={a.action}
              variant={a.action === "REJECT" || a.action === "RETURN" || a.action === "REVOKE" ? "danger" : "primary"}
              onClick={() => run(a.action)}
              disabled={act.isPending}
            >
              {a.label}
            </Button>
          ))}
        </div>
      </div>
    </Card>
  );
}
