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
 * The usual week: the hours in force today, the dated changes (past ones as the record of when
 * the hours were what), and a change from a coming date. Never edited in place: the days already
 * worked keep the hours their stays were timed by.
 */
export function WorkingWeekAdmin({ calendar }: { calendar: Calendar }) {
  const trpc = useTRPC();
  const blank = () => ({ from: "", note: "", days: [...calendar.usualDays] });
  const [form, setForm] = useState(blank);
  const { notice, setNotice, done } = useAdminNotice(trpc.admin.holidays.list.queryKey());
  const schedule = useMutation(
    trpc.admin.workingWeek.schedule.mutationOptions({
      onSuccess: (r) => {
        setForm(blank());
        done(`Jam kerja baru berlaku mulai ${formatCalendarDate(r.from)}; batas waktu berkas yang berjalan sudah dihitung ulang.`);
      },
    }),
  );
  const cancel = useMutation(
    trpc.admin.workingWeek.cancel.mutationOptions({
      onSuccess: (r) => done(`Perubahan jam kerja mulai ${formatCalendarDate(r.from)} dibatalkan; batas waktu berkas yang berjalan sudah dihitung ulang.`),
    }),
  );
  const errors = schedule.isError ? fieldErrorsOf(schedule.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    schedule.mutate(form);
  }

  return (
    <Card title="Hari dan jam kerja biasa">
      {notice ? <Alert testId="working-week-notice">{notice}</Alert> : null}
      <table className="w-full max-w-md text-left text-sm" data-testid="working-week">
        <caption className="mb-1 text-left text-sm text-gray-800">
          Berlaku hari ini{calendar.inForceSince ? ` (sejak ${formatCalendarDate(calendar.inForceSince)})` : ""}
        </caption>
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2">Hari</th>
            <th scope="col">Jam kerja</th>
          </tr>
        </thead>
        <tbody>
          {calendar.week.map((d) => (
            <tr key={d.day} className="border-b">
              <th scope="row" className="py-2 font-normal">{d.label}</th>
              <td>{d.intervals.length ? d.intervals.join(", ") : "Libur"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-gray-700">Zona waktu {calendar.timeZone}. Satu hari kerja SOP = 8 jam.</p>

      {calendar.weekChanges.length ? (
        <>
          <h3 className="mt-4 font-semibold">Perubahan jam kerja</h3>
          <ul className="mt-2 flex flex-col gap-3" data-testid="week-changes">
            {calendar.weekChanges.map((c) => (
              <li key={c.from} className="rounded-md border border-gray-300 p-3 text-sm">
                <p className="font-semibold">
                  Mulai {formatCalendarDate(c.from)} · {c.upcoming ? "akan berlaku" : "sudah berlaku"}
                </p>
                {c.note ? <p>{c.note}</p> : null}
                <p className="text-gray-800">{c.days.map((d) => `${d.label} ${d.hours}`).join(" · ")}</p>
                {c.upcoming ? (
                  <Button variant="secondary" className="mt-2" disabled={cancel.isPending} onClick={() => cancel.mutate({ from: c.from })} aria-label={`Batalkan perubahan jam kerja mulai ${formatCalendarDate(c.from)}`}>
                    Batalkan
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {cancel.isError ? <Alert tone="error">{messageOf(cancel.error)}</Alert> : null}

      <form onSubmit={submit} noValidate className="mt-4 flex flex-col gap-3 border-t pt-4" data-testid="schedule-week">
        <h3 className="font-semibold">Ubah jam kerja biasa</h3>
        <p className="text-sm text-gray-800">
          Perubahan berlaku mulai tanggal yang dipilih (paling cepat besok). Hari yang sudah berjalan tetap dihitung dengan jam lamanya, sehingga
          catatan ketepatan waktu tidak berubah.
        </p>
        {schedule.isError ? <Alert tone="error">{Object.keys(errors).length > 0 ? "Periksa kembali isian yang ditandai." : messageOf(schedule.error)}</Alert> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Berlaku mulai tanggal" type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} error={errors.from} required />
          <Field label="Dasar perubahan (opsional)" hint="Misalnya: Peraturan Bupati Nomor …" value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} error={errors.note} />
        </div>
        <WeekHoursFields days={form.days} onChange={(days) => setForm({ ...form, days })} errors={errors} />
        <div>
          <Button type="submit" disabled={schedule.isPending}>
            Jadwalkan perubahan jam kerja
          </Button>
        </div>
      </form>
    </Card>
  );
}
