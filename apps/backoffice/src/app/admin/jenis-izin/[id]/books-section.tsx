"use client";
import type { AgendaBookDefinition, PermitTypeDefinition } from "@perizinan/domain";
import { Button } from "@perizinan/ui";
import { Choice, ItemButtons, ItemProblems, Section, TextInput } from "./controls";
import { moveAt, newBook, removeAt, replaceAt } from "./definition-edits";

/** The agenda books the flow numbers from: a step's “Memberi nomor dari buku agenda”. */
export function BooksSection({ def, onChange }: { def: PermitTypeDefinition; onChange: (books: AgendaBookDefinition[]) => void }) {
  const list = def.books;
  return (
    <Section
      id="buku"
      title="Buku agenda"
      intro={
        <>
          <p>Format nomor: {"{seq}"} nomor urut (wajib), {"{year}"} tahun (nomor mulai lagi tiap tahun), {"{month}"} bulan dalam angka Romawi.</p>
          <p>Surat yang dinomori dari buku ini sesudah ditandatangani menjadi izin terbit bila tujuan templatnya “Surat izin” (dicatat untuk verifikasi QR).</p>
        </>
      }
    >
      <ItemProblems path="books" />
      {list.length === 0 ? <p className="text-sm text-gray-700">Belum ada buku agenda.</p> : null}
      <ol className="flex flex-col gap-3">
        {list.map((book, i) => {
          const path = `books.${i}`;
          const set = (next: AgendaBookDefinition) => onChange(replaceAt(list, i, next));
          return (
            <li key={i}>
              <fieldset className="min-w-0 rounded-md border border-gray-300 p-3" data-testid={`book-${i}`}>
                <legend className="px-1 font-semibold break-words">
                  Buku {i + 1}
                  {book.name ? `: ${book.name}` : ""}
                </legend>
                <div className="flex flex-col gap-3">
                  <ItemProblems path={path} />
                  <div className="grid gap-3 sm:grid-cols-2">
                    <TextInput label="Kode buku" path={`${path}.code`} value={book.code} onChange={(code) => set({ ...book, code: code.trim().toUpperCase() })} />
                    <TextInput label="Nama buku" path={`${path}.name`} value={book.name} onChange={(name) => set({ ...book, name })} />
                    <TextInput label="Format nomor" path={`${path}.format`} hint="Mis. 503/{seq}/IMB/DPMPTSP/{year}" value={book.format} onChange={(format) => set({ ...book, format })} />
                    <Choice
                      label="Cakupan"
                      path={`${path}.scope`}
                      value={book.scope}
                      options={[
                        { value: "PERMIT_TYPE", label: "Khusus jenis izin ini" },
                        { value: "OFFICE", label: "Bersama seluruh kantor (mis. surat keluar)" },
                      ]}
                      onChange={(scope) => scope && set({ ...book, scope })}
                    />
                  </div>
                  <ItemButtons what={`buku ${i + 1}`} index={i} count={list.length} onMove={(d) => onChange(moveAt(list, i, d))} onRemove={() => onChange(removeAt(list, i))} />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <Button type="button" variant="secondary" onClick={() => onChange([...list, newBook(list.map((b) => b.code))])}>
          Tambah buku agenda
        </Button>
      </div>
    </Section>
  );
}
