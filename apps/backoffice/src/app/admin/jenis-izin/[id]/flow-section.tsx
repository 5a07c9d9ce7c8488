"use client";
import { APPLICATION_KIND_LABELS, APPLICATION_KINDS, type ApplicationKind, type PermitTypeDefinition, type Role, type SopDefinition } from "@perizinan/domain";
import { Button } from "@perizinan/ui";
import { Choice, ItemProblems, LinesInput, Section, TextInput } from "./controls";
import { insertStep, moveStep, newFlow, removeStep, replaceAt } from "./definition-edits";
import { ROLE_OPTIONS, StepEditor } from "./step-editor";

/** A flow longer than this opens with its steps folded to one line each (the seed SOP has 23). */
const FOLD_FROM_STEPS = 8;

type Flows = PermitTypeDefinition["flows"];
type OtherKind = Exclude<ApplicationKind, "NEW">;

/** One flow (SOP) per kind of application: NEW always, the others when added. */
export function FlowSection({ def, onChange }: { def: PermitTypeDefinition; onChange: (flows: Flows) => void }) {
  const flows = def.flows as Partial<Record<ApplicationKind, SopDefinition>>;
  const absent = APPLICATION_KINDS.filter((k): k is OtherKind => k !== "NEW" && !flows[k]);
  return (
    <Section id="alur" title="Alur" intro="Langkah-langkah SOP tiap jenis permohonan. Nomor langkah mengikuti urutan; tujuan tindakan ikut berpindah bila langkah ditambah, dihapus, atau dipindah.">
      {APPLICATION_KINDS.map((kind) => {
        const sop = flows[kind];
        if (!sop) return null;
        return (
          <FlowEditor
            key={kind}
            kind={kind}
            sop={sop}
            def={def}
            onChange={(next) => onChange({ ...def.flows, [kind]: next })}
            onRemove={
              kind === "NEW"
                ? undefined
                : () => {
                    const { [kind]: _gone, ...rest } = def.flows;
                    onChange(rest);
                  }
            }
          />
        );
      })}
      {absent.length > 0 ? (
        <div className="flex flex-wrap gap-2">
          {absent.map((kind) => (
            <Button key={kind} type="button" variant="secondary" onClick={() => onChange({ ...def.flows, [kind]: newFlow(def, kind, APPLICATION_KIND_LABELS[kind]) })}>
              Tambah alur {APPLICATION_KIND_LABELS[kind]}
            </Button>
          ))}
        </div>
      ) : null}
    </Section>
  );
}

function FlowEditor({ kind, sop, def, onChange, onRemove }: { kind: ApplicationKind; sop: SopDefinition; def: PermitTypeDefinition; onChange: (sop: SopDefinition) => void; onRemove?: () => void }) {
  const path = `flows.${kind}`;
  return (
    <section aria-labelledby={`alur-${kind}`} className="flex min-w-0 flex-col gap-3 border-t border-gray-200 pt-4 first:border-t-0 first:pt-0" data-testid={`flow-${kind}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`alur-${kind}`} className="text-lg font-semibold">
          Alur {APPLICATION_KIND_LABELS[kind]}
        </h3>
        {onRemove ? (
          <Button type="button" variant="secondary" className="text-red-800" onClick={onRemove}>
            Hapus alur {APPLICATION_KIND_LABELS[kind]}
          </Button>
        ) : null}
      </div>
      <ItemProblems path={path} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput label="Judul SOP" path={`${path}.title`} className="sm:col-span-2" value={sop.title} onChange={(title) => onChange({ ...sop, title })} />
        <TextInput label="Kode SOP" path={`${path}.code`} value={sop.code} onChange={(code) => onChange({ ...sop, code })} />
        <TextInput label="Nomor dokumen SOP" path={`${path}.documentNumber`} value={sop.documentNumber} onChange={(documentNumber) => onChange({ ...sop, documentNumber })} />
        <TextInput label="Nama izin pada SOP" path={`${path}.permitTypeName`} value={sop.permitTypeName} onChange={(permitTypeName) => onChange({ ...sop, permitTypeName })} />
        <Choice<Role>
          label="Pengajuan ulang setelah dikembalikan oleh"
          path={`${path}.resubmit`}
          hint="Wajib bila ada tindakan Kembalikan ke Pemohon."
          value={sop.resubmit?.role ?? ""}
          options={[{ value: "", label: "— Tidak ada —" }, ...ROLE_OPTIONS]}
          onChange={(role) => {
            const { resubmit: _old, ...rest } = sop;
            onChange(role ? { ...rest, resubmit: { role } } : rest);
          }}
        />
        <Choice<Role>
          label="Penarikan permohonan oleh"
          path={`${path}.withdraw`}
          hint="Dengan alasan, selama berkas berjalan atau dikembalikan, sampai surat ditandatangani."
          value={sop.withdraw?.role ?? ""}
          options={[{ value: "", label: "— Tidak dapat ditarik —" }, ...ROLE_OPTIONS]}
          onChange={(role) => {
            const { withdraw: old, ...rest } = sop;
            onChange(role ? { ...rest, withdraw: old ? { ...old, role } : { role, allowedStatuses: ["IN_PROGRESS", "RETURNED"], requiresReasons: true, blockedAfterMarker: "signs" } } : rest);
          }}
        />
        <Choice<Role>
          label="Pencabutan izin terbit oleh"
          path={`${path}.revoke`}
          value={sop.revoke?.role ?? ""}
          options={[{ value: "", label: "— Tidak dapat dicabut —" }, ...ROLE_OPTIONS]}
          onChange={(role) => {
            const { revoke: old, ...rest } = sop;
            onChange(role ? { ...rest, revoke: old ? { ...old, role } : { role, fromStatus: "ISSUED", requiresReasons: true } } : rest);
          }}
        />
      </div>
      <LinesInput label="Dasar hukum SOP" path={`${path}.legalBasis`} rows={2} value={sop.legalBasis} onChange={(legalBasis) => onChange({ ...sop, legalBasis })} />
      <ol className="flex flex-col gap-3">
        {sop.steps.map((step, i) => (
          <li key={`${i}-${step.no}`}>
            <StepEditor
              step={step}
              index={i}
              sop={sop}
              def={def}
              path={`${path}.steps.${i}`}
              onChange={(next) => onChange({ ...sop, steps: replaceAt(sop.steps, i, next) })}
              onMove={(delta) => onChange(moveStep(sop, i, delta))}
              onRemove={() => onChange(removeStep(sop, i))}
              initiallyOpen={sop.steps.length <= FOLD_FROM_STEPS}
            />
          </li>
        ))}
      </ol>
      <div>
        <Button type="button" variant="secondary" onClick={() => onChange(insertStep(sop))}>
          Tambah langkah<span className="sr-only"> pada alur {APPLICATION_KIND_LABELS[kind]}</span>
        </Button>
      </div>
    </section>
  );
}
