"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { Alert, Button, Card, Field, fieldErrorsOf, formatCalendarDate, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { useAdminNotice } from "../form-bits";
import { WeekHoursFields } from "./week-hours-fields";

type Calendar = inferRouterOutputs<BackofficeRouter>["admin"]["holidays"]["list"];

/**
 * Runs of dates with their own hours (Ramadan, a regional decree): listed, added, removed. The
 * form starts from the usual hours, so an administrator changes only what differs.
 */
export function SpecialHoursAdmin({ calendar }: { calendar: Calendar }) {
  const trpc = useTRPC();
  const blank = () => ({ name: "", from: "", to: "", days: [...calendar.usualDays] });
  const [form, setForm] = useState(blank);
  const { notice, setNotice, done } = useAdminNotice(trpc.admin.holidays.list.queryKey());
  const add = useMutation(
    trpc.admin.specialHours.add.mutationOptions({
      onSuccess: (r) => {
        setForm(blank());
        done(`Jam kerja khusus “${r.name}” disimpan; batas waktu berkas yang berjalan sudah dihitung ulang.`);
      },
    }),
  );
  const remove = useMutation(
    trpc.admin.specialHours.remove.mutationOptions({
      onSuccess: () => {
        done("Jam kerja khusus dihapus; batas waktu berkas yang berjalan sudah dihitung ulang.");
      },
    }),
  );
  const errors = add.isError ? fieldErrorsOf(add.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    add.mutate(form);
  }

  return (
    <Card title="Jam kerja khusus (misalnya Ramadan)">
      {notice ? <Alert testId="special-hours-notice">{notice}</Alert> : null}
      {remove.isError ? <Alert tone="error">{messageOf(remove.error)}</Alert> : null}
      {calendar.specialHours.length === 0 ? (
        <p className="text-sm">Belum ada jam kerja khusus. Pada tanggal tanpa jam khusus berlaku jam kerja biasa di atas.</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="special-hours">
          {calendar.specialHours.map((r) => (
            <li key={r.from} className="rounded-md border border-gray-300 p-3 text-sm">
              <p className="font-semibold">{r.name}</p>
              <p>
                {formatCalendarDate(r.from)} s.d. {formatCalendarDate(r.to)}
              </p>
              <p className="text-gray-800">{r.days.map((d) => `${d.label} ${d.hours}`).join(" · ")}</p>
              <Button variant="secondary" className="mt-2" disabled={remove.isPending} onClick={() => remove.mutate({ from: r.from })} aria-label={`Hapus jam kerja khusus ${r.name}`}>
                Hapus
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="mt-4 flex flex-col gap-3 border-t pt-4" data-testid="add-special-hours">
        <h3 className="font-semibold">Tambah jam kerja khusus</h3>
        {add.isError ? <Alert tone="error">{Object.keys(errors).length > 0 ? "Periksa kembali isian yang ditandai." : messageOf(add.error)}</Alert> : null}
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label="Nama" hint="Misalnya: Ramadan 1448 H" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={errors.name} required />
          <Field label="Mulai tanggal" type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} error={errors.from} required />
          <Field label="Sampai tanggal" type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} error={errors.to} required />
        </div>
        <WeekHoursFields days={form.days} onChange={(days) => setForm({ ...form, days })} errors={errors} />
        <div>
          <Button type="submit" disabled={add.isPending}>
            Simpan jam kerja khusus
          </Button>
        </div>
      </form>
    </Card>
  );
}
