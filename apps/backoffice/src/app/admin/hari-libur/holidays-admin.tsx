"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Button, Card, Field, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { foldFieldErrors, Select, useAdminNotice } from "../form-bits";
import { SpecialHoursAdmin } from "./special-hours-admin";
import { WorkingWeekAdmin } from "./working-week-admin";

const longDate = new Intl.DateTimeFormat("id-ID", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** "2026-08-17" → "Senin, 17 Agustus 2026": a calendar date, so read in UTC to stay on that day. */
function calendarDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

export function HolidaysAdmin({ initialYear }: { initialYear: number }) {
  const trpc = useTRPC();
  const [year, setYear] = useState(initialYear);
  const [form, setForm] = useState({ date: "", name: "" });
  const list = useQuery(trpc.admin.holidays.list.queryOptions({ year }));
  const { notice, done } = useAdminNotice(trpc.admin.holidays.list.queryKey());
  const add = useMutation(
    trpc.admin.holidays.add.mutationOptions({
      onSuccess: (h) => {
        setForm({ date: "", name: "" });
        done(`Hari libur “${h.name}” (${calendarDate(h.date)}) ditambahkan.`);
      },
    }),
  );
  const remove = useMutation(
    trpc.admin.holidays.remove.mutationOptions({
      onSuccess: () => {
        done("Hari libur dihapus.");
      },
    }),
  );
  const errors = add.isError ? foldFieldErrors(fieldErrorsOf(add.error)) : {};
  const years = [initialYear - 1, initialYear, initialYear + 1, initialYear + 2];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(form);
  }

  return (
    <div className="flex flex-col gap-4">
      <Card title="Tambah hari libur">
        <form onSubmit={submit} noValidate className="flex flex-col gap-3" data-testid="add-holiday">
          {add.isError ? <Alert tone="error">{messageOf(add.error)}</Alert> : null}
          <div className="grid gap-3 sm:grid-cols-[1fr_2fr]">
            <Field label="Tanggal" type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} error={errors.date} required />
            <Field
              label="Nama hari libur"
              hint="Misalnya: Cuti Bersama Hari Raya Natal"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              error={errors.name}
              required
            />
          </div>
          <div>
            <Button type="submit" disabled={add.isPending}>
              Tambah hari libur
            </Button>
          </div>
        </form>
      </Card>

      <Card title={`Hari libur tahun ${year}`}>
        <div className="mb-3 max-w-xs">
          <Select label="Tahun" value={String(year)} onChange={(e) => setYear(Number(e.target.value))} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        </div>
        {notice ? <Alert testId="holiday-notice">{notice}</Alert> : null}
        {remove.isError ? <Alert tone="error">{messageOf(remove.error)}</Alert> : null}
        {list.isPending ? <p>Memuat…</p> : null}
        {list.isError ? <Alert tone="error">Kalender tidak dapat dimuat: {list.error.message}</Alert> : null}
        {list.data && list.data.holidays.length === 0 ? <p>Belum ada hari libur tercatat untuk tahun {year}.</p> : null}
        {list.data && list.data.holidays.length > 0 ? (
          <table className="mt-2 w-full text-left text-sm" data-testid="holidays">
            <caption className="sr-only">Hari libur tahun {year}</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2">Tanggal</th>
                <th scope="col">Nama</th>
                <th scope="col"><span className="sr-only">Tindakan</span></th>
              </tr>
            </thead>
            <tbody>
              {list.data.holidays.map((h) => (
                <tr key={h.id} className="border-b align-middle">
                  <td className="py-2">
                    <time dateTime={h.date}>{calendarDate(h.date)}</time>
                  </td>
                  <td>{h.name}</td>
                  <td className="text-right">
                    <Button variant="secondary" disabled={remove.isPending} onClick={() => remove.mutate({ id: h.id })} aria-label={`Hapus hari libur ${h.name}, ${calendarDate(h.date)}`}>
                      Hapus
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Card>

      {list.data ? <WorkingWeekAdmin calendar={list.data} /> : null}
      {list.data ? <SpecialHoursAdmin calendar={list.data} /> : null}
    </div>
  );
}
