"use client";
import {
  applicationFields,
  LETTER_LISTS,
  PLACEHOLDERS,
  type LetterLayout,
  type LetterList,
  type LetterPurpose,
  type LetterTemplate,
  type PermitTypeDefinition,
  type Role,
  type SopDefinition,
} from "@perizinan/domain";
import { Button } from "@perizinan/ui";
import { CheckboxGroup } from "../../form-bits";
import { Choice, ItemButtons, ItemProblems, LinesInput, Section, TextInput, Tick, useProblem } from "./controls";
import { moveAt, newLetter, removeAt, replaceAt, withOptional } from "./definition-edits";
import { ROLE_OPTIONS } from "./step-editor";

const PURPOSES: ReadonlyArray<{ value: LetterPurpose; label: string }> = [
  { value: "PERMIT", label: "Surat izin (data izin dibuat saat dinomori)" },
  { value: "REJECTION", label: "Surat penolakan" },
  { value: "RECEIPT", label: "Tanda terima berkas" },
  { value: "OTHER", label: "Surat lain" },
];
const LAYOUTS: ReadonlyArray<{ value: LetterLayout; label: string }> = [
  { value: "DECREE", label: "Keputusan/izin (judul, Berdasarkan, tabel pemegang)" },
  { value: "LETTER", label: "Surat dinas (Nomor, Hal, Kepada Yth.)" },
  { value: "FORM", label: "Formulir (tabel data, tanpa alamat tujuan)" },
];
const LIST_LABELS: Record<LetterList, string> = { REQUIREMENTS: "Dokumen persyaratan yang diterima", REASONS: "Alasan yang diberikan pada langkah", TEAM: "Tim teknis yang ditugaskan" };
const GROUP_LABELS: Record<keyof typeof PLACEHOLDERS, string> = { pemohon: "Pemohon", izin: "Izin", berkas: "Berkas", kantor: "Kantor", instansi: "Instansi teknis", surat: "Surat" };

/** The letters the flow produces, as templates with placeholders, each with its PDF preview on the saved draft. */
export function LettersSection({ def, permitTypeId, dirty, onChange }: { def: PermitTypeDefinition; permitTypeId: string; dirty: boolean; onChange: (letters: LetterTemplate[]) => void }) {
  const list = def.letters;
  return (
    <Section id="surat" title="Surat" intro="Templat surat yang dihasilkan langkah alur. Teks boleh memuat isian {kelompok.nama}; daftarnya di bawah.">
      <Placeholders def={def} />
      <ItemProblems path="letters" />
      {list.length === 0 ? <p className="text-sm text-gray-700">Belum ada templat surat.</p> : null}
      <ol className="flex flex-col gap-3">
        {list.map((letter, i) => (
          <li key={i}>
            <LetterEditor
              letter={letter}
              index={i}
              count={list.length}
              previewHref={`/api/jenis-izin/${encodeURIComponent(permitTypeId)}/surat/${encodeURIComponent(letter.code)}`}
              dirty={dirty}
              onChange={(next) => onChange(replaceAt(list, i, next))}
              onMove={(d) => onChange(moveAt(list, i, d))}
              onRemove={() => onChange(removeAt(list, i))}
            />
          </li>
        ))}
      </ol>
      <div>
        <Button type="button" variant="secondary" onClick={() => onChange([...list, newLetter(list.map((l) => l.code))])}>
          Tambah templat surat
        </Button>
      </div>
    </Section>
  );
}

function Placeholders({ def }: { def: PermitTypeDefinition }) {
  const form = applicationFields(def);
  const officer = Object.values(def.flows as Record<string, SopDefinition>).flatMap((sop) => sop.steps.flatMap((s) => (s.fields ?? []).map((f) => ({ ...f, stepNo: s.no }))));
  const token = (t: string) => (
    <code key={t} className="rounded bg-gray-100 px-1 py-0.5 text-xs break-all">
      {t}
    </code>
  );
  return (
    <details className="rounded-md border border-gray-200 p-3 text-sm" data-testid="placeholders">
      <summary className="cursor-pointer font-semibold">Isian yang dapat dipakai pada teks surat</summary>
      <dl className="mt-2 grid gap-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Formulir</dt>
        <dd className="flex flex-wrap gap-1">
          {form.length ? form.map((f) => <span key={f.code} title={f.label}>{token(`{formulir.${f.code}}`)}</span>) : "—"}
        </dd>
        <dt className="font-medium">Langkah (isian petugas)</dt>
        <dd className="flex flex-wrap gap-1">{officer.length ? officer.map((f) => <span key={`${f.stepNo}-${f.code}`} title={`${f.label} (langkah ${f.stepNo})`}>{token(`{langkah.${f.code}}`)}</span>) : "— belum ada isian petugas —"}</dd>
        {(Object.keys(PLACEHOLDERS) as Array<keyof typeof PLACEHOLDERS>).map((group) => (
          <div key={group} className="contents">
            <dt className="font-medium">{GROUP_LABELS[group]}</dt>
            <dd className="flex flex-wrap gap-1">{PLACEHOLDERS[group].map((name) => token(`{${group}.${name}}`))}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-gray-700">
        {"{izin.berlaku}"} mencetak kalimat masa berlaku; {"{berkas.keputusan}"} keputusan terakhir; isian yang kosong dicetak “-”.
      </p>
    </details>
  );
}

function LetterEditor({
  letter,
  index,
  count,
  previewHref,
  dirty,
  onChange,
  onMove,
  onRemove,
}: {
  letter: LetterTemplate;
  index: number;
  count: number;
  previewHref: string;
  dirty: boolean;
  onChange: (letter: LetterTemplate) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const path = `letters.${index}`;
  const listsError = useProblem(`${path}.lists`);
  return (
    <fieldset className="min-w-0 rounded-md border border-gray-300 p-3" data-testid={`letter-${index}`}>
      <legend className="px-1 font-semibold break-words">
        Surat {index + 1}
        {letter.title ? `: ${letter.title}` : ""}
      </legend>
      <div className="flex flex-col gap-3">
        <ItemProblems path={path} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextInput label="Kode surat" path={`${path}.code`} hint="Dipakai penanda langkah “Menghasilkan surat”." value={letter.code} onChange={(code) => onChange({ ...letter, code: code.trim().toUpperCase() })} />
          <Choice label="Tujuan surat" path={`${path}.purpose`} value={letter.purpose} options={PURPOSES} onChange={(purpose) => purpose && onChange({ ...letter, purpose })} />
          <Choice label="Tata letak" path={`${path}.layout`} value={letter.layout} options={LAYOUTS} onChange={(layout) => layout && onChange({ ...letter, layout })} />
          <TextInput label="Judul surat" path={`${path}.title`} hint="Judul (keputusan, formulir) atau Hal (surat dinas)." value={letter.title} onChange={(title) => onChange({ ...letter, title })} />
        </div>
        {letter.layout === "LETTER" || (letter.addressee ?? []).length > 0 ? (
          <LinesInput label="Kepada Yth." path={`${path}.addressee`} value={letter.addressee ?? []} onChange={(addressee) => onChange(withOptional(letter, "addressee", addressee.length ? addressee : undefined))} />
        ) : null}
        <Tick label="Mencantumkan dasar hukum (“Berdasarkan:”)" path={`${path}.citesLegalBasis`} checked={letter.citesLegalBasis} onChange={(citesLegalBasis) => onChange({ ...letter, citesLegalBasis })} />
        <LinesInput label="Isi surat (paragraf)" path={`${path}.body`} hint="Satu paragraf per baris." rows={4} value={letter.body} onChange={(body) => onChange({ ...letter, body })} />
        <RowsEditor letter={letter} path={path} onChange={onChange} />
        <CheckboxGroup
          legend="Daftar yang dicetak"
          options={LETTER_LISTS.map((l) => ({ value: l, label: LIST_LABELS[l] }))}
          value={letter.lists}
          onChange={(lists) => onChange({ ...letter, lists: LETTER_LISTS.filter((l) => lists.includes(l)) })}
          error={listsError}
        />
        <LinesInput label="Penutup (paragraf)" path={`${path}.closing`} hint="Satu paragraf per baris, mis. {izin.berlaku}." rows={3} value={letter.closing} onChange={(closing) => onChange({ ...letter, closing })} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Choice<Role>
            label="Penanda tangan"
            path={`${path}.signatory.role`}
            value={letter.signatory?.role ?? ""}
            options={[{ value: "", label: "— Tanpa tanda tangan —" }, ...ROLE_OPTIONS]}
            onChange={(role) => onChange({ ...letter, signatory: role ? { ...(letter.signatory ?? {}), role } : null })}
          />
          {letter.signatory ? (
            <TextInput
              label="Sebutan di atas jabatan"
              path={`${path}.signatory.wording`}
              hint="Opsional, mis. a.n. Kepala Dinas."
              value={letter.signatory.wording ?? ""}
              onChange={(wording) => letter.signatory && onChange({ ...letter, signatory: withOptional(letter.signatory, "wording", wording === "" ? undefined : wording) })}
            />
          ) : null}
          <Choice
            label="Kop surat"
            path={`${path}.letterhead`}
            value={letter.letterhead}
            options={[
              { value: "OFFICE", label: "Kop kantor" },
              { value: "AGENCY", label: "Kop instansi teknis" },
            ]}
            onChange={(letterhead) => letterhead && onChange({ ...letter, letterhead })}
          />
        </div>
        <LinesInput label="Tembusan" path={`${path}.tembusan`} rows={2} value={letter.tembusan} onChange={(tembusan) => onChange({ ...letter, tembusan })} />
        <Tick label="Mencetak pas foto pemohon" hint="Memerlukan persyaratan berjenis pas foto." path={`${path}.photo`} checked={letter.photo} onChange={(photo) => onChange({ ...letter, photo })} />
        <div className="flex flex-wrap items-center gap-3 rounded-md bg-gray-50 p-3 text-sm">
          <a href={previewHref} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center rounded-md border border-gray-400 bg-white px-4 font-semibold text-brand-700 underline">
            Pratinjau PDF<span className="sr-only"> surat {letter.code}</span>
          </a>
          <span className={dirty ? "text-amber-900" : "text-gray-700"}>
            {dirty ? "Ada perubahan yang belum disimpan: pratinjau menampilkan draf yang terakhir disimpan. Simpan draf dahulu." : "Pratinjau memakai draf yang tersimpan, dengan data contoh, bertanda DRAF."}
          </span>
        </div>
        <ItemButtons what={`surat ${index + 1}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
    </fieldset>
  );
}

/** The table of label/value rows (the holder's data on a permit). */
function RowsEditor({ letter, path, onChange }: { letter: LetterTemplate; path: string; onChange: (letter: LetterTemplate) => void }) {
  const rows = letter.rows;
  return (
    <fieldset className="min-w-0 rounded-md border border-gray-200 p-3">
      <legend className="px-1 text-sm font-semibold">Baris data (label dan nilai)</legend>
      <ItemProblems path={`${path}.rows`} />
      <ol className="flex flex-col gap-2">
        {rows.map((row, i) => (
          <li key={i} className="grid items-end gap-2 sm:grid-cols-[2fr_3fr_auto]">
            <TextInput label={`Label baris ${i + 1}`} path={`${path}.rows.${i}.label`} value={row.label} onChange={(label) => onChange({ ...letter, rows: replaceAt(rows, i, { ...row, label }) })} />
            <TextInput label={`Nilai baris ${i + 1}`} path={`${path}.rows.${i}.value`} value={row.value} onChange={(value) => onChange({ ...letter, rows: replaceAt(rows, i, { ...row, value }) })} />
            <Button type="button" variant="secondary" className="text-red-800" aria-label={`Hapus baris ${i + 1}`} onClick={() => onChange({ ...letter, rows: removeAt(rows, i) })}>
              Hapus
            </Button>
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" className="mt-2" onClick={() => onChange({ ...letter, rows: [...rows, { label: "", value: "" }] })}>
        Tambah baris
      </Button>
    </fieldset>
  );
}
