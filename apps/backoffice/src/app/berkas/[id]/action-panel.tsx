"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { Alert, Button, Card, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

type FileData = inferRouterOutputs<BackofficeRouter>["files"]["get"];
type Check = { ok: boolean; reason?: string };

const NEEDS_REASONS = new Set(["REJECT", "REVOKE"]);

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
  const [inspection, setInspection] = useState({ date: "", place: "", findings: "" });
  const [assessment, setAssessment] = useState("");
  const [checklist, setChecklist] = useState<Record<string, Check>>(() =>
    Object.fromEntries(file.requirements.map((r) => [r.code, { ok: true }])),
  );
  const act = useMutation(
    trpc.files.act.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.files.get.queryKey({ id: file.id }) }),
    }),
  );
  if (file.actions.length === 0) {
    return (
      <>
        {act.isSuccess ? <Alert tone="info" testId="action-done">Tindakan tersimpan. Berkas diteruskan ke langkah berikutnya.</Alert> : null}
        {file.status === "IN_PROGRESS" ? (
          <Alert tone="info" testId="no-action">
            Langkah ini dikerjakan oleh {file.step.roleLabel}. Anda dapat melihat berkas, tetapi tidak dapat bertindak pada langkah ini.
          </Alert>
        ) : null}
      </>
    );
  }
  const withChecklist = file.step.offersChecklist;
  const produces = file.status === "IN_PROGRESS" ? file.step.produces : null;
  const field = "min-h-11 rounded-md border border-gray-500 px-2 text-base";

  function run(action: string) {
    act.mutate({
      id: file.id,
      version: file.version,
      action: action as never,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(reasons.trim() ? { reasons: reasons.split("\n").map((r) => r.trim()).filter(Boolean) } : {}),
      ...(file.step.assignsTeam && action === "COMPLETE" ? { assignees } : {}),
      ...(withChecklist && (action === "COMPLETE" || action === "RETURN") ? { checklist } : {}),
      output: {
        ...(produces === "BERITA_ACARA" ? { inspection } : {}),
        ...(produces === "REKOMENDASI" ? { assessment } : {}),
        ...(produces === "LEMBAR_DISPOSISI" && note.trim() ? { disposition: { to: "Back Office / Seksi Pelayanan II", instruction: note.trim() } } : {}),
      },
    });
  }

  return (
    <Card title="Tindakan">
      <div className="flex flex-col gap-3" data-testid="action-panel">
        {withChecklist ? (
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 font-medium">Pemeriksaan kelengkapan (Klarifikasi Berkas)</legend>
            {file.requirements.map((r) => {
              const c = checklist[r.code] ?? { ok: true };
              return (
                <div key={r.code} className="rounded border p-2 text-sm" data-testid={`check-${r.code}`}>
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      className="h-5 w-5"
                      checked={c.ok}
                      onChange={(e) => setChecklist((all) => ({ ...all, [r.code]: { ok: e.target.checked, reason: all[r.code]?.reason } }))}
                    />
                    {r.name} memenuhi syarat
                  </label>
                  {!c.ok ? (
                    <label className="mt-1 flex flex-col gap-1">
                      Alasan tidak memenuhi syarat
                      <input
                        className="min-h-11 rounded border border-gray-500 px-2"
                        value={c.reason ?? ""}
                        onChange={(e) => setChecklist((all) => ({ ...all, [r.code]: { ok: false, reason: e.target.value } }))}
                      />
                    </label>
                  ) : null}
                </div>
              );
            })}
          </fieldset>
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
        {produces === "BERITA_ACARA" ? (
          <fieldset className="grid gap-2 text-sm sm:grid-cols-2">
            <legend className="mb-1 font-medium">Peninjauan lapangan (untuk Berita Acara)</legend>
            <label className="flex flex-col gap-1">
              Tanggal peninjauan
              <input type="date" className={field} value={inspection.date} onChange={(e) => setInspection({ ...inspection, date: e.target.value })} />
            </label>
            <label className="flex flex-col gap-1">
              Tempat
              <input className={field} value={inspection.place} onChange={(e) => setInspection({ ...inspection, place: e.target.value })} />
            </label>
            <label className="flex flex-col gap-1 sm:col-span-2">
              Hasil peninjauan
              <textarea className={`${field} min-h-20`} value={inspection.findings} onChange={(e) => setInspection({ ...inspection, findings: e.target.value })} />
            </label>
          </fieldset>
        ) : null}
        {produces === "REKOMENDASI" ? (
          <label className="flex flex-col gap-1 text-sm font-medium">
            Hasil penilaian Tim Teknis (untuk Rekomendasi)
            <textarea className={`${field} min-h-20`} value={assessment} onChange={(e) => setAssessment(e.target.value)} />
          </label>
        ) : null}
        <label className="flex flex-col gap-1 text-sm font-medium">
          {produces === "LEMBAR_DISPOSISI" ? "Isi disposisi" : "Catatan (opsional)"}
          <textarea className="min-h-16 rounded-md border border-gray-500 p-2 text-base" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {file.actions.some((a) => NEEDS_REASONS.has(a.action)) ? (
          <label className="flex flex-col gap-1 text-sm font-medium">
            Alasan (satu per baris; wajib untuk menolak atau mencabut)
            <textarea className="min-h-16 rounded-md border border-gray-500 p-2 text-base" value={reasons} onChange={(e) => setReasons(e.target.value)} />
          </label>
        ) : null}
        {act.isError ? <Alert tone="error" testId="action-error">{messageOf(act.error)}</Alert> : null}
        {act.isSuccess ? <Alert tone="info" testId="action-done">Tindakan tersimpan.</Alert> : null}
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
