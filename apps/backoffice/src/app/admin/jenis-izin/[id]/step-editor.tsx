"use client";
import {
  ACTION_LABELS,
  formatWorkingDuration,
  ROLE_LABELS,
  ROLES,
  STEP_ACTION_NAMES,
  type PermitTypeDefinition,
  type Role,
  type SopDefinition,
  type SopStep,
  type StepAction,
  type StepMarkers,
  type StepTarget,
} from "@perizinan/domain";
import { Button } from "@perizinan/ui";
import { useContext, useState } from "react";
import { Choice, DurationInput, ItemButtons, ItemProblems, LinesInput, ProblemsContext, TextInput, Tick, useProblem } from "./controls";
import { removeAt, replaceAt, REMOVED_STEP, withOptional } from "./definition-edits";
import { FieldListEditor, testIdOf } from "./field-list-editor";

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

type TargetKind = "STEP" | "ISSUED" | "REJECTED" | "RESUBMIT";
const TARGET_OPTIONS: ReadonlyArray<{ value: TargetKind; label: string }> = [
  { value: "STEP", label: "Lanjut ke langkah…" },
  { value: "ISSUED", label: "Selesai: Izin Terbit" },
  { value: "REJECTED", label: "Selesai: Ditolak" },
  { value: "RESUBMIT", label: "Kembali ke pemohon, dilanjutkan di langkah…" },
];

const kindOf = (to: StepTarget): TargetKind => ("step" in to ? "STEP" : "resubmitTo" in to ? "RESUBMIT" : to.end === "ISSUED" ? "ISSUED" : "REJECTED");

function withMarker<K extends keyof StepMarkers>(step: SopStep, key: K, value: StepMarkers[K] | undefined): SopStep {
  const markers = withOptional(step.markers ?? {}, key, value === "" || value === false ? undefined : value);
  const { markers: _old, ...rest } = step;
  return Object.keys(markers).length > 0 ? { ...rest, markers } : rest;
}

/** One step of a flow: what, who, how long, where each action leads, its markers and its officer's fields. */
export function StepEditor({
  step,
  index,
  sop,
  def,
  path,
  onChange,
  onMove,
  onRemove,
  initiallyOpen,
}: {
  step: SopStep;
  index: number;
  sop: SopDefinition;
  def: PermitTypeDefinition;
  path: string;
  onChange: (step: SopStep) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
  /** A long flow (the seed's 23 steps) opens folded: one line per step until the administrator opens it. */
  initiallyOpen: boolean;
}) {
  const problems = useContext(ProblemsContext);
  // A fresh step (no activity yet) opens to be filled; a step with a problem is always open.
  const [open, setOpen] = useState(initiallyOpen || step.activity === "");
  const hasProblems = [...problems.keys()].some((k) => k === path || k.startsWith(`${path}.`));
  const shown = open || hasProblems;
  const markers = step.markers ?? {};
  const mark = <K extends keyof StepMarkers>(key: K, value: StepMarkers[K] | undefined) => onChange(withMarker(step, key, value));
  const m = `${path}.markers`;
  return (
    <fieldset className="min-w-0 rounded-md border border-gray-300 p-3" data-testid={`step-${testIdOf(path)}`}>
      <legend className="px-1 font-semibold break-words">
        Langkah {step.no}
        {step.activity ? `: ${step.activity}` : ""}
      </legend>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="min-w-0 text-sm text-gray-800" data-testid="step-summary">
          {ROLE_LABELS[step.role]} · {formatWorkingDuration(step.standardMinutes)}
          {step.actions.length ? ` · ${step.actions.map((a) => `${ACTION_LABELS[a.action]}${a.by ? ` (oleh ${ROLE_LABELS[a.by]})` : ""} → ${targetText(a.to)}`).join("; ")}` : " · belum ada tindakan"}
        </p>
        {hasProblems ? null : (
          <Button type="button" variant="secondary" className="px-3" aria-expanded={shown} onClick={() => setOpen(!open)}>
            {shown ? "Lipat" : "Buka"}
            <span className="sr-only"> langkah {step.no}</span>
          </Button>
        )}
      </div>
      <div className={shown ? "mt-3 flex flex-col gap-3" : "hidden"}>
        <ItemProblems path={path} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextInput label="Kegiatan" path={`${path}.activity`} value={step.activity} onChange={(activity) => onChange({ ...step, activity })} />
          <Choice<Role>
            label="Pelaksana"
            path={`${path}.role`}
            value={step.role}
            options={ROLE_OPTIONS}
            onChange={(role) => {
              if (!role) return;
              const next = { ...step, role };
              onChange(role === "PEMOHON" ? withMarker(next, "applicantStep", true) : step.role === "PEMOHON" ? withMarker(next, "applicantStep", undefined) : next);
            }}
          />
          <DurationInput
            label="Waktu baku"
            path={`${path}.standardMinutes`}
            value={step.standardMinutes}
            onChange={(n) => onChange({ ...step, standardMinutes: n })}
          />
          <TextInput label="Output" path={`${path}.output`} value={step.output} onChange={(output) => onChange({ ...step, output })} />
        </div>
        <LinesInput label="Kelengkapan (masukan)" path={`${path}.inputs`} rows={2} value={step.inputs} onChange={(inputs) => onChange({ ...step, inputs })} />

        <fieldset className="min-w-0 rounded-md border border-gray-200 p-3">
          <legend className="px-1 text-sm font-semibold">Tindakan</legend>
          <ItemProblems path={`${path}.actions`} />
          {step.actions.length === 0 ? <p className="text-sm text-gray-700">Belum ada tindakan: berkas akan berhenti di langkah ini.</p> : null}
          <ol className="flex flex-col gap-2">
            {step.actions.map((action, j) => (
              <li key={j}>
                <ActionEditor
                  action={action}
                  index={j}
                  step={step}
                  sop={sop}
                  path={`${path}.actions.${j}`}
                  onChange={(next) => onChange({ ...step, actions: replaceAt(step.actions, j, next) })}
                  onRemove={() => onChange({ ...step, actions: removeAt(step.actions, j) })}
                />
              </li>
            ))}
          </ol>
          <Button
            type="button"
            variant="secondary"
            className="mt-2"
            onClick={() => {
              const following = sop.steps[index + 1];
              onChange({ ...step, actions: [...step.actions, { action: "COMPLETE", to: following ? { step: following.no } : { end: "ISSUED" } }] });
            }}
          >
            Tambah tindakan<span className="sr-only"> pada langkah {step.no}</span>
          </Button>
        </fieldset>

        <fieldset className="min-w-0 rounded-md border border-gray-200 p-3">
          <legend className="px-1 text-sm font-semibold">Penanda</legend>
          <ItemProblems path={m} />
          <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
            <Tick label="Langkah pemohon sendiri" hint="Tepat pada langkah berperan Pemohon; waktunya bukan waktu kantor." path={`${m}.applicantStep`} checked={markers.applicantStep === true} onChange={(v) => mark("applicantStep", v)} />
            <Tick label="Menandatangani surat keputusan" path={`${m}.signs`} checked={markers.signs === true} onChange={(v) => mark("signs", v)} />
            <Tick label="Pemohon menerima surat di sini" path={`${m}.receipt`} checked={markers.receipt === true} onChange={(v) => mark("receipt", v)} />
            <Choice
              label="Menghasilkan surat"
              path={`${m}.produces`}
              value={markers.produces ?? ""}
              options={[{ value: "", label: "— Tidak ada —" }, ...def.letters.map((l) => ({ value: l.code, label: `${l.title || "(tanpa judul)"} (${l.code})` })), ...missing(markers.produces, def.letters.map((l) => l.code))]}
              onChange={(v) => mark("produces", v || undefined)}
            />
            <Choice
              label="Memberi nomor dari buku agenda"
              path={`${m}.numbers`}
              value={markers.numbers ?? ""}
              options={[{ value: "", label: "— Tidak ada —" }, ...def.books.map((b) => ({ value: b.code, label: `${b.name || "(tanpa nama)"} (${b.code})` })), ...missing(markers.numbers, def.books.map((b) => b.code))]}
              onChange={(v) => mark("numbers", v || undefined)}
            />
            <Choice<Role>
              label="Menugaskan tim dari peran"
              path={`${m}.assignsTeam`}
              value={markers.assignsTeam ?? ""}
              options={[{ value: "", label: "— Tidak ada —" }, ...ROLE_OPTIONS]}
              onChange={(v) => mark("assignsTeam", v || undefined)}
            />
            <TextInput
              label="Rantai paraf dan tanda tangan"
              path={`${m}.signatureChain`}
              hint="Kode yang sama pada langkah-langkah satu rantai, mis. IZIN."
              value={markers.signatureChain ?? ""}
              onChange={(v) => mark("signatureChain", v.trim() || undefined)}
            />
            <TextInput
              label="Paraf pada surat dari rantai"
              path={`${m}.letterChain`}
              hint="Rantai yang paraf dan tanda tangannya dicetak pada surat yang dihasilkan."
              value={markers.letterChain ?? ""}
              onChange={(v) => mark("letterChain", v.trim() || undefined)}
            />
            <TextInput label="Peringatan" path={`${m}.warning`} className="sm:col-span-2" value={markers.warning ?? ""} onChange={(v) => mark("warning", v || undefined)} />
          </div>
        </fieldset>

        <details className="rounded-md border border-gray-200 p-3">
          <summary className="cursor-pointer text-sm font-semibold">Isian petugas ({(step.fields ?? []).length})</summary>
          <p className="my-2 text-xs text-gray-700">Yang diisi petugas pada langkah ini; dicetak pada surat sebagai {"{langkah.kode}"}.</p>
          <FieldListEditor
            fields={step.fields ?? []}
            basePath={`${path}.fields`}
            addLabel="Tambah isian petugas"
            onChange={(fields) => onChange(fields.length > 0 ? { ...step, fields } : withOptional(step, "fields", undefined))}
          />
        </details>
        <ItemButtons what={`langkah ${step.no}`} index={index} count={sop.steps.length} onMove={onMove} onRemove={onRemove} />
      </div>
    </fieldset>
  );
}

/** Where an action leads, in a few words: "langkah 4", "Izin Terbit", "pemohon (lanjut di 2)". */
function targetText(to: StepTarget): string {
  if ("step" in to) return to.step === REMOVED_STEP ? "langkah yang dihapus" : `langkah ${to.step}`;
  if ("resubmitTo" in to) return `pemohon (lanjut di ${to.resubmitTo})`;
  return to.end === "ISSUED" ? "Izin Terbit" : to.end === "REJECTED" ? "Ditolak" : to.end;
}

/** A marker naming a letter or book that is not (or no longer) defined stays visible as such. */
function missing(code: string | undefined, known: readonly string[]) {
  return code && !known.includes(code) ? [{ value: code, label: `${code} (tidak didefinisikan)` }] : [];
}

function ActionEditor({
  action,
  index,
  step,
  sop,
  path,
  onChange,
  onRemove,
}: {
  action: StepAction;
  index: number;
  step: SopStep;
  sop: SopDefinition;
  path: string;
  onChange: (action: StepAction) => void;
  onRemove: () => void;
}) {
  const target = kindOf(action.to);
  const targetNo = "step" in action.to ? action.to.step : "resubmitTo" in action.to ? action.to.resubmitTo : null;
  const stepOptions = [
    ...sop.steps.map((s) => ({ value: String(s.no), label: `Langkah ${s.no}${s.activity ? ` — ${s.activity}` : ""}` })),
    ...(targetNo !== null && !sop.steps.some((s) => s.no === targetNo) ? [{ value: String(targetNo), label: targetNo === REMOVED_STEP ? "— langkah yang dihapus —" : `Langkah ${targetNo} (tidak ada)` }] : []),
  ];
  const following = sop.steps.find((s) => s.no > step.no)?.no ?? step.no;
  function setTarget(kind: TargetKind) {
    const to: StepTarget = kind === "STEP" ? { step: targetNo ?? following } : kind === "RESUBMIT" ? { resubmitTo: targetNo ?? step.no } : { end: kind };
    onChange({ ...action, to });
  }
  function setAction(name: StepAction["action"]) {
    // A return resumes, once resubmitted, at the step that returned it (as the office's SOPs do).
    if (name === "RETURN") return onChange({ ...action, action: name, to: "resubmitTo" in action.to ? action.to : { resubmitTo: step.no }, requiresReasons: true });
    onChange({ ...action, action: name, ...("resubmitTo" in action.to ? { to: { step: following } } : {}) });
  }
  const general = useProblem(path);
  return (
    <div className="flex min-w-0 flex-col gap-2 rounded-md bg-gray-50 p-3" data-testid={`action-${testIdOf(path)}`}>
      {general ? <p className="text-sm text-red-800">{general}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Choice
          label={`Tindakan ${index + 1}`}
          path={`${path}.action`}
          value={action.action}
          options={[...STEP_ACTION_NAMES.map((a) => ({ value: a, label: ACTION_LABELS[a] })), ...((STEP_ACTION_NAMES as readonly string[]).includes(action.action) ? [] : [{ value: action.action, label: ACTION_LABELS[action.action] }])]}
          onChange={(v) => v && setAction(v)}
        />
        <Choice label="Tujuan" path={`${path}.to`} value={target} options={TARGET_OPTIONS} onChange={(v) => v && setTarget(v)} />
        {targetNo !== null ? (
          <Choice
            label={target === "RESUBMIT" ? "Dilanjutkan di langkah" : "Ke langkah"}
            value={String(targetNo)}
            options={stepOptions}
            onChange={(v) => onChange({ ...action, to: target === "RESUBMIT" ? { resubmitTo: Number(v) } : { step: Number(v) } })}
          />
        ) : null}
        <Choice<Role>
          label="Dilakukan oleh"
          path={`${path}.by`}
          value={action.by ?? ""}
          options={[{ value: "", label: "Pelaksana langkah" }, ...ROLE_OPTIONS]}
          onChange={(v) => onChange(withOptional(action, "by", v || undefined))}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Tick label="Wajib menuliskan alasan" checked={action.requiresReasons === true} onChange={(v) => onChange(withOptional(action, "requiresReasons", v ? true : undefined))} />
        <Button type="button" variant="secondary" className="text-red-800" onClick={onRemove} aria-label={`Hapus tindakan ${index + 1} langkah ${step.no}`}>
          Hapus tindakan
        </Button>
      </div>
    </div>
  );
}
