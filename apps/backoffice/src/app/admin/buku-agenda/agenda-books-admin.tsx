"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useDeferredValue, useState, type FormEvent } from "react";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { Alert, Button, Card, Field, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

type Book = inferRouterOutputs<BackofficeRouter>["admin"]["agendaBooks"]["list"]["books"][number];

export function AgendaBooksAdmin() {
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.agendaBooks.list.queryOptions());
  if (list.isPending) return <p>Memuat…</p>;
  if (list.isError) return <Alert tone="error">Buku agenda tidak dapat dimuat: {list.error.message}</Alert>;
  return (
    <div className="flex flex-col gap-4">
      {list.data.books.map((b) => (
        <BookCard key={b.id} book={b} year={list.data.year} />
      ))}
    </div>
  );
}

function BookCard({ book, year }: { book: Book; year: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [format, setFormat] = useState(book.format);
  const deferred = useDeferredValue(format.trim());
  const preview = useQuery({ ...trpc.admin.agendaBooks.preview.queryOptions({ format: deferred }), enabled: deferred !== book.format });
  const save = useMutation(
    trpc.admin.agendaBooks.updateFormat.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.agendaBooks.list.queryKey() }),
    }),
  );
  const error = save.isError ? (fieldErrorsOf(save.error).format ?? messageOf(save.error)) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({ id: book.id, format });
  }

  return (
    <Card title={book.name}>
      <dl className="grid gap-2 text-sm sm:grid-cols-2" data-testid={`book-${book.id}`}>
        <div>
          <dt className="text-gray-700">Jenis buku</dt>
          <dd className="font-medium">
            {book.kindLabel}
            {book.permitTypeName ? ` — ${book.permitTypeName}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-gray-700">Nomor diberikan tahun {year}</dt>
          <dd className="font-medium" data-testid="given-this-year">
            {book.givenThisYear}
          </dd>
        </div>
        <div>
          <dt className="text-gray-700">Format saat ini</dt>
          <dd className="font-mono">{book.format}</dd>
        </div>
        <div>
          <dt className="text-gray-700">Contoh nomor berikutnya</dt>
          <dd className="font-mono font-semibold" data-testid="example-number">
            {book.example}
          </dd>
        </div>
      </dl>
      <form onSubmit={submit} noValidate className="mt-4 flex flex-col gap-2 border-t pt-4">
        {save.isSuccess && format === book.format ? <Alert testId="format-saved">Format disimpan. Contoh nomor berikutnya: {save.data.example}</Alert> : null}
        <Field
          label={`Format nomor ${book.name}`}
          hint="Wajib memuat {seq} (nomor urut) dan {year} (tahun). Boleh memuat {month} (bulan, angka Romawi). Contoh: 503/{seq}/SIK-PM/DPMPTSP/{year}"
          value={format}
          onChange={(e) => {
            setFormat(e.target.value);
            save.reset();
          }}
          error={error}
        />
        <div aria-live="polite" className="text-sm" data-testid="format-preview">
          {deferred !== book.format && preview.data && !save.isError ? (
            preview.data.ok ? (
              <p>
                Contoh dengan format ini: <span className="font-mono font-semibold">{preview.data.example}</span>
              </p>
            ) : (
              <ul className="list-disc pl-5 text-red-800">
                {preview.data.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )
          ) : null}
        </div>
        <div>
          <Button type="submit" disabled={save.isPending || format.trim() === book.format}>
            Simpan format
          </Button>
        </div>
      </form>
    </Card>
  );
}
