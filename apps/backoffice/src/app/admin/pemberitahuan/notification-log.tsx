"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { useState, type FormEvent } from "react";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { Alert, Button, Field, Select, asText, cn, useOfficeClock } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

type Filters = Exclude<inferRouterInputs<BackofficeRouter>["admin"]["notifications"]["log"], void | undefined>;
type Row = inferRouterOutputs<BackofficeRouter>["admin"]["notifications"]["log"]["rows"][number];
type Status = Row["status"];

const STATUS_TABS: ReadonlyArray<{ value: Status | undefined; label: string }> = [
  { value: undefined, label: "Semua" },
  { value: "GAVE_UP", label: "Gagal" },
  { value: "QUEUED", label: "Menunggu" },
  { value: "UNCONFIGURED", label: "Belum dikirim" },
  { value: "SENT", label: "Terkirim" },
];

const STATUS_STYLE: Record<Status, string> = {
  SENT: "bg-green-100 text-green-900",
  QUEUED: "bg-blue-100 text-blue-900",
  GAVE_UP: "bg-red-100 text-red-900",
  UNCONFIGURED: "bg-amber-100 text-amber-900",
};

/** The office's delivery log: filter by status, channel and words; open a message to read it and its attempts; re-send the failed. */
export function NotificationLog() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<Filters>({ page: 1 });
  const [chosen, setChosen] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const log = useQuery({ ...trpc.admin.notifications.log.queryOptions(filters), placeholderData: keepPreviousData });
  const resend = useMutation(
    trpc.admin.notifications.resend.mutationOptions({
      onSuccess: async ({ queued }) => {
        setChosen([]);
        setNotice(queued > 0 ? `${queued} pesan dijadwalkan untuk dikirim ulang.` : "Tidak ada pesan yang dapat dikirim ulang di antara yang dipilih.");
        await queryClient.invalidateQueries({ queryKey: trpc.admin.notifications.log.queryKey() });
      },
    }),
  );

  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = asText(new FormData(e.currentTarget).get("q")).trim();
    setFilters((f) => ({ ...f, q: q || undefined, page: 1 }));
  };
  const data = log.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Status pesan" className="flex flex-wrap gap-2">
        {STATUS_TABS.map((tab) => {
          const active = filters.status === tab.value;
          const count = data && tab.value ? data.counts[tab.value] : null;
          return (
            <button
              key={tab.label}
              type="button"
              aria-pressed={active}
              onClick={() => setFilters((f) => ({ ...f, status: tab.value, page: 1 }))}
              className={cn("rounded-full border px-3 py-1 text-sm", active ? "border-brand-700 bg-brand-700 text-white" : "border-gray-300 bg-white")}
            >
              {tab.label}
              {count !== null ? ` (${count})` : ""}
            </button>
          );
        })}
      </nav>
      <form onSubmit={search} className="grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end" role="search">
        <Field name="q" label="Cari (nomor registrasi, alamat, perihal)" defaultValue={filters.q ?? ""} />
        <Select
          label="Kanal"
          value={filters.channel ?? ""}
          onChange={(e) => setFilters((f) => ({ ...f, channel: (e.target.value || undefined) as Filters["channel"], page: 1 }))}
          options={[
            { value: "", label: "Semua kanal" },
            { value: "EMAIL", label: "Email" },
            { value: "WHATSAPP", label: "WhatsApp" },
            { value: "IN_APP", label: "Di aplikasi" },
          ]}
        />
        <Button type="submit" variant="secondary">
          Cari
        </Button>
      </form>
      {notice ? <Alert testId="notification-notice">{notice}</Alert> : null}
      {resend.isError ? <Alert tone="error">Pengiriman ulang gagal: {resend.error.message}</Alert> : null}
      {log.isPending ? <p>Memuat…</p> : null}
      {log.isError ? <Alert tone="error">Log pemberitahuan tidak dapat dimuat: {log.error.message}</Alert> : null}
      {data ? (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-gray-700" data-testid="notification-total">
              {data.total} pesan{data.total > data.pageSize ? `, halaman ${data.page} dari ${pages}` : ""}
            </p>
            <Button type="button" disabled={chosen.length === 0 || resend.isPending} onClick={() => resend.mutate({ ids: chosen })} data-testid="resend">
              {resend.isPending ? "Menjadwalkan…" : `Kirim ulang yang dipilih (${chosen.length})`}
            </Button>
          </div>
          {data.rows.length === 0 ? <p className="text-gray-700">Tidak ada pesan yang cocok.</p> : null}
          <ul className="flex flex-col gap-2" data-testid="notification-log">
            {data.rows.map((row) => (
              <LogRow key={row.id} row={row} chosen={chosen.includes(row.id)} onChoose={(on) => setChosen((c) => (on ? [...c, row.id] : c.filter((id) => id !== row.id)))} />
            ))}
          </ul>
          {pages > 1 ? (
            <div className="flex gap-2">
              <Button type="button" variant="secondary" disabled={data.page <= 1} onClick={() => setFilters((f) => ({ ...f, page: data.page - 1 }))}>
                ← Sebelumnya
              </Button>
              <Button type="button" variant="secondary" disabled={data.page >= pages} onClick={() => setFilters((f) => ({ ...f, page: data.page + 1 }))}>
                Berikutnya →
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function LogRow({ row, chosen, onChoose }: { row: Row; chosen: boolean; onChoose: (on: boolean) => void }) {
  const { dateTime } = useOfficeClock();
  return (
    <li className="rounded-lg border border-gray-200 bg-white p-3 shadow-sm" data-testid="notification-row" data-status={row.status}>
      <div className="flex items-start gap-3">
        {row.resendable ? (
          <input type="checkbox" className="mt-1 h-4 w-4" checked={chosen} onChange={(e) => onChoose(e.target.checked)} aria-label={`Pilih untuk dikirim ulang: ${row.subject}`} />
        ) : (
          <span className="mt-1 h-4 w-4 shrink-0" aria-hidden />
        )}
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className={cn("rounded px-2 py-0.5 font-medium", STATUS_STYLE[row.status])}>{row.statusLabel}</span>
            <span>{row.channelLabel}</span>
            <span className="text-gray-600">·</span>
            <span>{row.kindLabel}</span>
            <span className="text-gray-600">·</span>
            <time className="text-gray-700">{dateTime(row.createdAt)}</time>
          </div>
          <p className="mt-1 font-medium break-words">{row.subject}</p>
          <p className="text-sm text-gray-700 break-words">
            Kepada {row.recipientName}
            {row.address ? ` (${row.address})` : ""}
          </p>
          {row.status !== "SENT" && row.lastError && row.status !== "UNCONFIGURED" ? (
            <p className="text-sm text-red-800 break-words">Jawaban server: {row.lastError}</p>
          ) : null}
          {row.status === "QUEUED" && row.attempts > 0 ? <p className="text-sm text-gray-700">Dicoba lagi {dateTime(row.nextAttemptAt)}</p> : null}
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-brand-700 underline">Isi pesan dan riwayat percobaan ({row.attempts})</summary>
            <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-gray-50 p-3 font-sans">{row.body}</pre>
            {row.deliveryAttempts.length > 0 ? (
              <ol className="mt-2 flex flex-col gap-1">
                {row.deliveryAttempts.map((a) => (
                  <li key={a.at.toString()} className="break-words">
                    {dateTime(a.at)} — {a.ok ? "diterima" : "gagal"}: {a.response}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mt-2 text-gray-700">{row.channel === "IN_APP" ? "Ditampilkan di aplikasi penerima." : "Belum ada percobaan pengiriman."}</p>
            )}
          </details>
        </div>
      </div>
    </li>
  );
}
