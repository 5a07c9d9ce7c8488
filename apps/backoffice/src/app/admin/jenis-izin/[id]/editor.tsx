"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { APPLICATION_KIND_LABELS, type PermitTypeDefinition, type PermitTypeProblem } from "@perizinan/domain";
import { Alert, Button, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { BooksSection } from "./books-section";
import { ProblemsContext } from "./controls";
import { describePath, placeProblem, problemsByPath, sectionLabel, type PlacedProblem } from "./definition-edits";
import { FlowSection } from "./flow-section";
import { FormFieldsSection } from "./form-fields-section";
import { IdentitySection } from "./identity-section";
import { LettersSection } from "./letters-section";
import { RequirementsSection } from "./requirements-section";
import type { DraftView, FlowWalk } from "./types";
import { WalkView } from "./walk-view";

const NAV = [
  ["identitas", "Identitas"],
  ["formulir", "Formulir pemohon"],
  ["persyaratan", "Persyaratan"],
  ["alur", "Alur"],
  ["jalan-alur", "Jalan alur"],
  ["surat", "Surat"],
  ["buku", "Buku agenda"],
] as const;

export function PermitTypeEditor({ id }: { id: string }) {
  const trpc = useTRPC();
  // Loaded once: a refetch must never replace what the administrator is editing.
  const view = useQuery({ ...trpc.admin.permitTypes.draft.queryOptions({ permitTypeId: id }), refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: Infinity });
  if (view.isPending) return <p>Memuat…</p>;
  if (view.isError) return <Alert tone="error">Jenis izin tidak dapat dimuat: {view.error.message}</Alert>;
  return <Editor key={view.data.permitType.id} view={view.data} />;
}

/** A refusal's field errors as problems (keys like "form.2.label#2" keep every one). */
const refusalProblems = (error: unknown): PermitTypeProblem[] => Object.entries(fieldErrorsOf(error)).map(([path, message]) => ({ path: path === "_" ? "" : path, message }));

type Outcome = { tone: "info" | "error"; title: string; problems: PermitTypeProblem[] } | null;

function Editor({ view }: { view: DraftView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [def, setDef] = useState<PermitTypeDefinition>(view.definition);
  const [saved, setSaved] = useState(() => JSON.stringify(view.definition));
  const [problems, setProblems] = useState<PermitTypeProblem[]>(view.problems);
  const [walk, setWalk] = useState<FlowWalk[]>(view.walk);
  const [status, setStatus] = useState({ draft: view.draft ? view.draft.version : null, published: view.published ? view.published.version : null });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const dirty = JSON.stringify(def) !== saved;
  const permitTypeId = view.permitType.id;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when a value is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const saveDraft = useMutation(trpc.admin.permitTypes.saveDraft.mutationOptions());
  const publishDraft = useMutation(trpc.admin.permitTypes.publishDraft.mutationOptions());
  const [exportError, setExportError] = useState<string | null>(null);
  const busy = saveDraft.isPending || publishDraft.isPending;

  const placed: PlacedProblem[] = useMemo(() => problems.map((p) => placeProblem(p, def)), [problems, def]);
  const byPath = useMemo(() => problemsByPath(placed), [placed]);

  async function save(): Promise<boolean> {
    const sent = def;
    try {
      const result = await saveDraft.mutateAsync({ permitTypeId, definition: sent });
      setSaved(JSON.stringify(sent));
      setProblems(result.problems);
      setWalk(result.walk);
      setStatus((s) => ({ ...s, draft: result.version }));
      void queryClient.invalidateQueries({ queryKey: trpc.admin.permitTypes.list.queryKey() });
      setOutcome({
        tone: "info",
        title: result.problems.length
          ? `Draf versi ${result.version} disimpan. ${result.problems.length} masalah masih menghalangi penerbitan:`
          : `Draf versi ${result.version} disimpan dan siap diterbitkan.`,
        problems: result.problems,
      });
      return true;
    } catch (error) {
      const listed = refusalProblems(error);
      setProblems(listed);
      setOutcome({ tone: "error", title: listed.length ? `Draf tidak dapat disimpan. Perbaiki ${listed.length} masalah berikut:` : messageOf(error), problems: listed });
      return false;
    }
  }

  async function publish() {
    if (dirty && !(await save())) return;
    try {
      const result = await publishDraft.mutateAsync({ permitTypeId });
      setStatus({ draft: null, published: result.version });
      setProblems([]);
      void queryClient.invalidateQueries({ queryKey: trpc.admin.permitTypes.list.queryKey() });
      setOutcome({ tone: "info", title: `Versi ${result.version} diterbitkan. Permohonan baru memakai versi ini; berkas yang sedang berjalan tetap memakai versinya.`, problems: [] });
    } catch (error) {
      const listed = refusalProblems(error);
      if (listed.length) setProblems(listed);
      setOutcome({ tone: "error", title: listed.length ? `Versi belum dapat diterbitkan; tidak ada yang berubah. Perbaiki ${listed.length} masalah berikut:` : messageOf(error), problems: listed });
    }
  }

  async function download() {
    setExportError(null);
    try {
      const result = await queryClient.fetchQuery({ ...trpc.admin.permitTypes.export.queryOptions({ permitTypeId }), staleTime: 0 });
      const blob = new Blob([JSON.stringify(result.document, null, 2)], { type: "application/json" });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = `${result.document.definition.code}.json`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      setExportError(messageOf(error));
    }
  }

  const patch = (change: Partial<PermitTypeDefinition>) => setDef((d) => ({ ...d, ...change }));

  return (
    <ProblemsContext.Provider value={byPath}>
      <div className="flex flex-col gap-4" data-testid="permit-type-editor">
        <div>
          <h1 className="text-2xl font-bold break-words">Jenis izin: {def.name || view.permitType.name}</h1>
          <p className="text-sm text-gray-700" data-testid="editor-status">
            Kode {view.permitType.code} · {status.published ? `versi terbit ${status.published}` : "belum pernah diterbitkan"} ·{" "}
            {status.draft ? `draf versi ${status.draft} terbuka` : "tidak ada draf (menyimpan membuka draf versi berikutnya)"}
          </p>
        </div>
        <nav aria-label="Bagian penyunting" className="-mx-1 overflow-x-auto">
          <ul className="flex gap-1 px-1 text-sm whitespace-nowrap sm:flex-wrap">
            {NAV.map(([anchor, label]) => (
              <li key={anchor}>
                <a href={`#${anchor}`} className="inline-flex min-h-11 items-center rounded-md border border-gray-300 bg-white px-3 text-brand-700 underline">
                  {label}
                  {countIn(placed, anchor) ? <span className="ml-1 rounded-full bg-red-700 px-1.5 text-xs text-white no-underline">{countIn(placed, anchor)}</span> : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {outcome ? <OutcomePanel outcome={outcome} def={def} /> : problems.length ? <OutcomePanel outcome={{ tone: "info", title: `${problems.length} masalah masih menghalangi penerbitan:`, problems }} def={def} /> : null}

        <IdentitySection def={def} onChange={patch} />
        <FormFieldsSection def={def} onChange={(form) => patch({ form })} />
        <RequirementsSection def={def} onChange={(requirements) => patch({ requirements })} />
        <FlowSection def={def} onChange={(flows) => patch({ flows })} />
        <WalkView walk={walk} stale={dirty} />
        <LettersSection def={def} permitTypeId={permitTypeId} dirty={dirty} onChange={(letters) => patch({ letters })} />
        <BooksSection def={def} onChange={(books) => patch({ books })} />

        <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-t py-2 sm:py-3 border-gray-300 bg-white px-4 shadow-[0_-2px_6px_rgba(0,0,0,0.08)]" data-testid="editor-toolbar">
          <p className={`w-full text-xs sm:mr-auto sm:w-auto sm:text-sm ${dirty ? "font-semibold text-amber-900" : "text-gray-700"}`} role="status" data-testid="dirty-state">
            {dirty ? "Ada perubahan yang belum disimpan" : "Semua perubahan tersimpan"}
          </p>
          <Button type="button" className="px-3" onClick={() => void save()} disabled={busy}>
            {saveDraft.isPending ? "Menyimpan…" : "Simpan draf"}
          </Button>
          <Button type="button" variant="secondary" className="px-3" onClick={() => void publish()} disabled={busy}>
            {publishDraft.isPending ? "Memeriksa…" : "Terbitkan versi"}
          </Button>
          <Button type="button" variant="secondary" className="px-3" onClick={() => void download()} title="Versi terbit terbaru sebagai berkas JSON" aria-label="Ekspor JSON">
            {/* Short on a phone, so the three buttons fit one row under the status line. */}
            <span className="sm:hidden">Ekspor</span>
            <span className="hidden sm:inline">Ekspor JSON</span>
          </Button>
          <Link href="/admin/jenis-izin" className="hidden min-h-11 sm:inline-flex items-center px-2 text-sm text-brand-700 underline">
            Daftar jenis izin
          </Link>
          {exportError ? (
            <p className="w-full text-sm text-red-800" role="alert">
              Ekspor gagal: {exportError}
            </p>
          ) : null}
        </div>
      </div>
    </ProblemsContext.Provider>
  );
}

function countIn(placed: readonly PlacedProblem[], anchor: string): number {
  return placed.filter((p) => p.section === anchor).length;
}

function OutcomePanel({ outcome, def }: { outcome: NonNullable<Outcome>; def: PermitTypeDefinition }) {
  const tone = outcome.tone === "error" ? "border-red-700 bg-red-50 text-red-900" : outcome.problems.length ? "border-amber-700 bg-amber-50 text-amber-900" : "border-brand-600 bg-brand-50 text-brand-800";
  return (
    <div role={outcome.tone === "error" ? "alert" : "status"} className={`rounded-md border-l-4 px-4 py-3 text-sm ${tone}`} data-testid="editor-outcome">
      <p className="font-semibold">{outcome.title}</p>
      {outcome.problems.length ? (
        <ul className="mt-1 list-disc pl-5" data-testid="editor-problems">
          {outcome.problems.map((p, i) => {
            const at = placeProblem(p, def);
            return (
              <li key={i} className="break-words">
                <a href={`#${at.section}`} className="underline">
                  {at.path ? describePath(at.path, APPLICATION_KIND_LABELS) : sectionLabel(at.section)}
                </a>
                : {p.message}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
