"use client";
import { cn } from "./cn";
import { useOfficeClock } from "./office-clock";

export interface NoticeView {
  id: string;
  subject: string;
  body: string;
  createdAt: Date | string;
  readAt: Date | string | null;
}

/**
 * A user's in-app notices, newest first: unread ones marked, each opened through `openBase/<id>`
 * (which marks it read and goes to its page), the full text folded under it. Plain links and a
 * plain form: it works before and without JavaScript.
 */
export function NoticeList({ items, unread, openBase, markAll }: { items: readonly NoticeView[]; unread: number; openBase: string; markAll?: (form: FormData) => Promise<void> }) {
  const { dateTime } = useOfficeClock();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-gray-700" data-testid="notice-unread">
          {unread === 0 ? "Semua pemberitahuan sudah dibaca." : `${unread} belum dibaca.`}
        </p>
        {markAll && unread > 0 ? (
          <form action={markAll}>
            <button type="submit" className="text-sm text-brand-700 underline">
              Tandai semua sudah dibaca
            </button>
          </form>
        ) : null}
      </div>
      {items.length === 0 ? <p className="text-gray-700">Belum ada pemberitahuan.</p> : null}
      <ul className="flex flex-col gap-2" data-testid="notice-list">
        {items.map((n) => (
          <li key={n.id} className={cn("rounded-lg border bg-white p-3 shadow-sm", n.readAt ? "border-gray-200" : "border-brand-700 border-l-4")} data-unread={n.readAt ? undefined : "true"}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <a href={`${openBase}/${encodeURIComponent(n.id)}`} className={cn("break-words text-brand-700 underline", !n.readAt && "font-semibold")}>
                {n.subject}
              </a>
              <time className="text-sm text-gray-700">{dateTime(n.createdAt)}</time>
            </div>
            {!n.readAt ? <span className="sr-only">Belum dibaca.</span> : null}
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer text-gray-700">Baca isi pesan</summary>
              <p className="mt-2 whitespace-pre-wrap break-words">{n.body}</p>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The header's bell: a link to the notices with the unread count, spoken as words to a screen reader. */
export function NoticeBell({ unread, href }: { unread: number; href: string }) {
  return (
    <a href={href} className="inline-flex items-center gap-1 underline" data-testid="notice-bell">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 fill-current">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      Pemberitahuan
      {unread > 0 ? (
        <span className="rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white no-underline" data-testid="notice-count">
          {unread > 99 ? "99+" : unread}
          <span className="sr-only"> belum dibaca</span>
        </span>
      ) : null}
    </a>
  );
}
