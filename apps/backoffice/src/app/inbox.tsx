"use client";
import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import Link from "next/link";
import { useState } from "react";
import { Alert, Button, Card, SlaBadge, useOfficeClock } from "@perizinan/ui";
import { formatWorkingDuration } from "@perizinan/domain";
import { useTRPC } from "~/trpc/react";

const PAGE_SIZE = 20;
const select = "min-h-11 rounded-md border border-gray-500 px-3 py-2 text-base";

type Tab = "inbox" | "late" | "acted";
const TAB_LABELS: Record<Tab, string> = { inbox: "Menunggu tindakan saya", late: "Terlambat di bawah saya", acted: "Sudah saya tangani" };

/**
 * Kotak Masuk: the files waiting at this user's steps, most urgent first; the files late under
 * them (escalated to one of their roles); and the files they acted on.
 */
export function Inbox() {
  const { dateTime } = useOfficeClock();
  const trpc = useTRPC();
  const [tab, setTab] = useState<Tab>("inbox");
  const [search, setSearch] = useState("");
  const [sla, setSla] = useState<"" | "ON_TIME" | "AT_RISK" | "OVERDUE">("");
  const [page, setPage] = useState(1);
  const inbox = useQuery({
    ...trpc.worklist.inbox.queryOptions({ search: search || undefined, sla: sla || undefined, page, pageSize: PAGE_SIZE }),
    enabled: tab === "inbox",
  });
  const acted = useQuery({ ...trpc.worklist.actedOn.queryOptions({ page, pageSize: PAGE_SIZE }), enabled: tab === "acted" });
  // Always asked for: its count is on the tab, so a supervisor sees at once that something is late under them.
  const late = useQuery(trpc.worklist.lateUnderMe.queryOptions({ page: tab === "late" ? page : 1, pageSize: PAGE_SIZE }));
  const total = { inbox: inbox.data?.total, late: late.data?.total, acted: acted.data?.total }[tab];
  const pages = Math.max(1, Math.ceil((total ?? 0) / PAGE_SIZE));

  return (
    <Card>
      <div role="tablist" aria-label="Daftar berkas" className="mb-4 flex flex-wrap gap-2">
        {(["inbox", "late", "acted"] as const).map((t) => (
          <button
            key={t}
            role="tab"
            aria-selected={tab === t}
            className={`min-h-11 rounded-md px-4 text-sm font-semibold ${tab === t ? "bg-brand-700 text-white" : "border border-gray-400"}`}
            onClick={() => {
              setTab(t);
              setPage(1);
            }}
          >
            {TAB_LABELS[t]}
            {t === "late" && late.data && late.data.total > 0 ? (
              <span className={`ml-2 rounded-full px-2 py-0.5 text-xs ${tab === t ? "bg-white text-red-800" : "bg-red-700 text-white"}`} data-testid="late-count">
                {late.data.total}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      {tab === "inbox" ? (
        <>
          <div className="mb-3 grid gap-3 sm:grid-cols-[2fr_1fr]">
            <label className="flex flex-col gap-1 text-sm font-medium">
              Cari nomor registrasi atau nama pemohon
              <input className={select} value={search} onChange={(e) => { setSearch(e.target.value); setPage(1); }} />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              Status waktu
              <select className={select} value={sla} onChange={(e) => { setSla(e.target.value as typeof sla); setPage(1); }}>
                <option value="">Semua</option>
                <option value="OVERDUE">Terlambat</option>
                <option value="AT_RISK">Berisiko terlambat</option>
                <option value="ON_TIME">Tepat waktu</option>
              </select>
            </label>
          </div>
          {inbox.isPending ? <p>Memuat…</p> : null}
          {inbox.isError ? <Alert tone="error">Kotak masuk tidak dapat dimuat: {inbox.error.message}</Alert> : null}
          {inbox.data && inbox.data.items.length === 0 ? <p data-testid="inbox-empty">Tidak ada berkas yang menunggu Anda.</p> : null}
          {inbox.data && inbox.data.items.length > 0 ? (
            <table className="w-full text-left text-sm" data-testid="inbox">
              <thead>
                <tr className="border-b">
                  <th className="py-2">Nomor registrasi</th>
                  <th>Pemohon</th>
                  <th>Langkah</th>
                  <th>Batas waktu</th>
                  <th>Status waktu</th>
                </tr>
              </thead>
              <tbody>
                {inbox.data.items.map((f) => (
                  <tr key={f.id} className="border-b align-top">
                    <td className="py-2 font-mono">
                      <FileLink id={f.id} number={f.registrationNumber} />
                    </td>
                    <td>
                      <ApplicantCell name={f.applicantName} permitType={f.permitTypeName} />
                    </td>
                    <td>
                      {f.step}. {f.activity}
                    </td>
                    <td>
                      {dateTime(f.dueAt)}
                      <br />
                      <span className="text-gray-700">
                        {f.minutesLeft >= 0 ? `sisa ${formatWorkingDuration(f.minutesLeft)}` : `lewat ${formatWorkingDuration(-f.minutesLeft)}`}
                      </span>
                    </td>
                    <td>
                      <SlaBadge state={f.sla} label={f.slaLabel} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : tab === "late" ? (
        <LateUnderMe query={late} dateTime={dateTime} />
      ) : (
        <>
          {acted.isPending ? <p>Memuat…</p> : null}
          {acted.data && acted.data.items.length === 0 ? <p>Anda belum menangani berkas apa pun.</p> : null}
          {acted.data && acted.data.items.length > 0 ? (
            <table className="w-full text-left text-sm" data-testid="acted-on">
              <thead>
                <tr className="border-b">
                  <th className="py-2">Nomor registrasi</th>
                  <th>Pemohon</th>
                  <th>Status</th>
                  <th>Tindakan terakhir saya</th>
                </tr>
              </thead>
              <tbody>
                {acted.data.items.map((f) => (
                  <tr key={f.id} className="border-b">
                    <td className="py-2 font-mono">
                      <FileLink id={f.id} number={f.registrationNumber} />
                    </td>
                    <td>{f.applicantName}</td>
                    <td>{f.statusLabel}</td>
                    <td>
                      langkah {f.lastStep}, {dateTime(f.lastActionAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
      {pages > 1 ? (
        <nav aria-label="Halaman" className="mt-3 flex items-center gap-3 text-sm">
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
            Sebelumnya
          </Button>
          <span>
            Halaman {page} dari {pages}
          </span>
          <Button variant="secondary" disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
            Berikutnya
          </Button>
        </nav>
      ) : null}
    </Card>
  );
}

type LatePage = inferRouterOutputs<BackofficeRouter>["worklist"]["lateUnderMe"];

/** A file's number, linking to it: the first cell of every worklist. */
function FileLink({ id, number }: { id: string; number: string | null }) {
  return (
    <Link href={`/berkas/${id}`} className="text-brand-700 underline">
      {number}
    </Link>
  );
}

/** The applicant, with the permit type under the name. */
function ApplicantCell({ name, permitType }: { name: string; permitType: string }) {
  return (
    <>
      {name}
      <br />
      <span className="text-gray-700">{permitType}</span>
    </>
  );
}

function LateUnderMe({ query, dateTime }: { query: UseQueryResult<LatePage, { message: string }>; dateTime: (d: Date | string | null) => string }) {
  if (query.isPending) return <p>Memuat…</p>;
  if (query.isError) return <Alert tone="error">Daftar tidak dapat dimuat: {query.error?.message}</Alert>;
  const items = query.data?.items ?? [];
  if (items.length === 0) return <p data-testid="late-empty">Tidak ada berkas terlambat yang dieskalasikan kepada Anda.</p>;
  return (
    <>
      <p className="mb-3 text-sm text-gray-700">
        Berkas yang melewati batas waktu langkahnya cukup lama sehingga jam SOP memberi tahu peran Anda sebagai atasan. Buka berkas untuk menindaklanjuti.
      </p>
      {/* A phone gets one card per file: five columns do not fit 390 px without breaking the numbers. */}
      <ul className="flex flex-col gap-3 sm:hidden" data-testid="late-under-me-cards">
        {items.map((f) => (
          <li key={f.id} className="rounded-md border border-gray-300 p-3 text-sm">
            <Link href={`/berkas/${f.id}`} className="font-mono whitespace-nowrap text-brand-700 underline">
              {f.registrationNumber}
            </Link>
            <p className="mt-1">
              {f.applicantName} · <span className="text-gray-700">{f.permitTypeName}</span>
            </p>
            <p>
              {f.step}. {f.activity} ({f.roleLabel})
            </p>
            <p>Menunggu: {f.waitingOn}</p>
            <p>
              <span className="font-semibold text-red-800">Terlambat {formatWorkingDuration(f.overdueMinutes)}</span>
              <span className="text-gray-700"> · batas {dateTime(f.dueAt)}</span>
            </p>
          </li>
        ))}
      </ul>
      <table className="hidden w-full text-left text-sm sm:table" data-testid="late-under-me">
        <thead>
          <tr className="border-b">
            <th className="py-2">Nomor registrasi</th>
            <th>Pemohon</th>
            <th>Langkah</th>
            <th>Menunggu</th>
            <th>Terlambat</th>
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.id} className="border-b align-top">
              <td className="py-2 pr-2 font-mono whitespace-nowrap">
                <FileLink id={f.id} number={f.registrationNumber} />
              </td>
              <td className="pr-2">
                <ApplicantCell name={f.applicantName} permitType={f.permitTypeName} />
              </td>
              <td className="pr-2">
                {f.step}. {f.activity}
                <br />
                <span className="text-gray-700">{f.roleLabel}</span>
              </td>
              <td className="pr-2">{f.waitingOn}</td>
              <td>
                <span className="font-semibold text-red-800">{formatWorkingDuration(f.overdueMinutes)}</span>
                <br />
                <span className="text-gray-700">batas {dateTime(f.dueAt)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
