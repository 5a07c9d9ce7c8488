"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { formatWorkingDuration, ROLE_LABELS, ROLES } from "@perizinan/domain";
import { Alert, Button, Card, Field, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { Checkbox, Select, TextArea } from "../../../form-bits";
import { stepRanges } from "../../ranges";

type Sop = inferRouterOutputs<BackofficeRouter>["admin"]["sop"]["get"];
type Step = Sop["steps"][number];
type Edit = { activity: string; role: string; minutes: string; output: string; confirmRoleReading: boolean };

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const FIELD_OF_PATH: Record<string, keyof Edit> = { activity: "activity", role: "role", standardMinutes: "minutes", output: "output" };

/** Where a problem from validateSop points: "Langkah 7 › standardMinutes: …" → step 7, minutes; "Langkah 7: …" → step 7. */
function locate(problem: string): { no: number; field: keyof Edit | null } | null {
  const match = /^Langkah (\d+)(?: › (\w+))?/.exec(problem);
  if (!match) return null;
  return { no: Number(match[1]), field: match[2] ? (FIELD_OF_PATH[match[2]] ?? null) : null };
}

const minutesOf = (edit: Edit) => (edit.minutes.trim() === "" ? 0 : Number(edit.minutes));

export function PublishForm({ id }: { id: string }) {
  const trpc = useTRPC();
  const sop = useQuery(trpc.admin.sop.get.queryOptions({ id }));
  if (sop.isPending) return <p>Memuat…</p>;
  if (sop.isError) return <Alert tone="error">{sop.error.message}</Alert>;
  if (!sop.data.isLatest) {
    return (
      <Alert tone="warning">
        Versi baru hanya dapat disusun dari versi terbaru. Versi {sop.data.version} sudah digantikan oleh versi {sop.data.latestVersion};{" "}
        <Link href="/admin/sop" className="underline">
          buka daftar SOP
        </Link>{" "}
        lalu pilih versi terbaru.
      </Alert>
    );
  }
  return <Editor key={sop.data.id} sop={sop.data} />;
}

function Editor({ sop }: { sop: Sop }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [edits, setEdits] = useState<Record<number, Edit>>(() =>
    Object.fromEntries(
      sop.steps.map((s) => [s.no, { activity: s.activity, role: s.role, minutes: String(s.standardMinutes), output: s.output, confirmRoleReading: false }]),
    ),
  );
  const publish = useMutation(trpc.admin.sop.publish.mutationOptions({ onSuccess: (created) => router.push(`/admin/sop/${created.id}?baru=1`) }));
  const listed = publish.isError ? Object.entries(fieldErrorsOf(publish.error)) : [];
  const problems = listed.map(([, message]) => message);
  const byStep = new Map<number, { field: keyof Edit | null; message: string }[]>();
  for (const p of problems) {
    const at = locate(p);
    if (at) byStep.set(at.no, [...(byStep.get(at.no) ?? []), { field: at.field, message: p }]);
  }
  const changed = sop.steps.filter((s) => isChanged(s, edits[s.no]!)).map((s) => s.no);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    publish.mutate({
      permitTypeId: sop.permitTypeId,
      basedOnVersion: sop.version,
      steps: sop.steps.map((s) => {
        const e = edits[s.no]!;
        return { no: s.no, role: e.role, standardMinutes: minutesOf(e), activity: e.activity, output: e.output, ...(e.confirmRoleReading ? { confirmRoleReading: true } : {}) };
      }),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" data-testid="publish-sop">
      <div>
        <h1 className="text-2xl font-bold">
          Terbitkan SOP {sop.code} versi {sop.version + 1}
        </h1>
        <p className="text-sm text-gray-700">
          Disusun dari versi {sop.version}. Ubah pelaksana, waktu baku, kegiatan, atau output langkah; alur langkah tetap. Sebelum diterbitkan, SOP
          diperiksa seluruhnya dan setiap masalah ditampilkan sekaligus. Berkas yang sedang berjalan tetap memakai versinya.
        </p>
      </div>
      {publish.isError ? (
        <div role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900" data-testid="publish-problems">
          {problems.length ? (
            <>
              <p className="font-semibold">SOP belum dapat diterbitkan. Perbaiki {problems.length} masalah berikut:</p>
              <ul className="mt-1 list-disc pl-5">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{messageOf(publish.error)}</p>
          )}
        </div>
      ) : null}
      <Card title="Perkiraan jumlah waktu baku">
        <ul className="text-sm" data-testid="publish-totals">
          {sop.totals.paths.map((p) => {
            const minutes = p.steps.reduce((sum, no) => sum + minutesOf(edits[no]!), 0);
            return (
              <li key={`${p.end}-${p.steps.join(",")}`}>
                Jalur {p.endLabel} (langkah {stepRanges(p.steps)}): <strong>{formatWorkingDuration(minutes)}</strong>
                {minutes !== p.standardMinutes ? ` (sebelumnya ${p.duration})` : ""}
              </li>
            );
          })}
        </ul>
        <p className="mt-1 text-xs text-gray-700">{changed.length ? `Langkah yang diubah: ${stepRanges(changed)}.` : "Belum ada langkah yang diubah."}</p>
      </Card>
      <ol className="flex flex-col gap-3">
        {sop.steps.map((s) => (
          <StepFields
            key={s.no}
            step={s}
            edit={edits[s.no]!}
            changed={changed.includes(s.no)}
            problems={byStep.get(s.no) ?? []}
            onChange={(next) => setEdits((all) => ({ ...all, [s.no]: next }))}
          />
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={publish.isPending}>
          {publish.isPending ? "Memeriksa…" : `Terbitkan versi ${sop.version + 1}`}
        </Button>
        <Link href={`/admin/sop/${sop.id}`} className="inline-flex min-h-11 items-center px-2 text-sm text-brand-700 underline">
          Batal
        </Link>
      </div>
    </form>
  );
}

function isChanged(s: Step, e: Edit): boolean {
  return e.activity !== s.activity || e.role !== s.role || minutesOf(e) !== s.standardMinutes || e.output !== s.output || e.confirmRoleReading;
}

function StepFields({
  step,
  edit,
  changed,
  problems,
  onChange,
}: {
  step: Step;
  edit: Edit;
  changed: boolean;
  problems: { field: keyof Edit | null; message: string }[];
  onChange: (next: Edit) => void;
}) {
  const id = useId();
  const errorOf = (field: keyof Edit) => problems.filter((p) => p.field === field).map((p) => p.message).join(" ") || null;
  const general = problems.filter((p) => p.field === null);
  const minutes = minutesOf(edit);
  return (
    <li>
      <fieldset
        className={`rounded-md border p-3 ${problems.length ? "border-red-700" : changed ? "border-brand-600" : "border-gray-300"}`}
        aria-describedby={general.length ? `${id}-problems` : undefined}
        data-testid={`edit-step-${step.no}`}
      >
        <legend className="px-1 font-semibold">
          Langkah {step.no}
          {changed ? <span className="ml-2 text-xs font-normal text-brand-800">(diubah)</span> : null}
        </legend>
        {general.length ? (
          <ul id={`${id}-problems`} className="mb-2 list-disc pl-5 text-sm text-red-800">
            {general.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <TextArea label="Kegiatan" rows={2} value={edit.activity} onChange={(e) => onChange({ ...edit, activity: e.target.value })} error={errorOf("activity")} />
          <Select label="Pelaksana" value={edit.role} options={ROLE_OPTIONS} onChange={(e) => onChange({ ...edit, role: e.target.value })} error={errorOf("role")} />
          <Field
            label="Waktu baku (menit)"
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            hint={Number.isFinite(minutes) && minutes > 0 ? `= ${formatWorkingDuration(minutes)} waktu kerja` : "Dalam menit waktu kerja; 1 hari = 480 menit."}
            value={edit.minutes}
            onChange={(e) => onChange({ ...edit, minutes: e.target.value })}
            error={errorOf("minutes")}
          />
          <Field label="Output" value={edit.output} onChange={(e) => onChange({ ...edit, output: e.target.value })} error={errorOf("output")} />
        </div>
        <p className="mt-2 text-xs text-gray-700">Kelengkapan: {step.inputs.join(", ")}</p>
        {step.roleReadingNote ? (
          <div className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
            <p>Catatan: {step.roleReadingNote}</p>
            <Checkbox
              label="Pelaksana langkah ini sudah dikonfirmasi kantor (hapus catatan pada versi baru)"
              checked={edit.confirmRoleReading}
              onChange={(confirmRoleReading) => onChange({ ...edit, confirmRoleReading })}
            />
          </div>
        ) : null}
      </fieldset>
    </li>
  );
}
