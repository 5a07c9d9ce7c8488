import { SlaBadge, useOfficeClock } from "@perizinan/ui";
import type { FileView } from "./types";

const STATUS_TEXT = { DONE: "Selesai", CURRENT: "Sedang diproses", PENDING: "Belum", SKIPPED: "Tidak dilalui", STOPPED: "Dihentikan" } as const;

/** The SOP's steps as the file met them: done (when, by whom), current (due when), still to come. */
export function Timeline({ timeline }: { timeline: NonNullable<FileView["timeline"]> }) {
  const { dateTime } = useOfficeClock();
  return (
    <ol className="flex flex-col gap-2" data-testid="timeline">
      {timeline.steps
        .filter((s) => s.status !== "SKIPPED")
        .map((s) => (
          <li
            key={s.no}
            className={`rounded-md border p-3 ${s.status === "CURRENT" ? "border-brand-600 bg-brand-50" : "border-gray-200"}`}
            aria-current={s.status === "CURRENT" ? "step" : undefined}
            data-status={s.status}
          >
            <p className="font-medium">
              {s.no}. {s.activity}
            </p>
            <p className="text-sm text-gray-700">
              {s.roleLabel} · {STATUS_TEXT[s.status]}
              {s.status === "DONE" && s.finishedAt ? ` · ${dateTime(s.finishedAt)}` : null}
              {s.status === "CURRENT" && s.startedAt ? ` · sejak ${dateTime(s.startedAt)}` : null}
              {s.status === "CURRENT" && s.dueAt ? ` · batas ${dateTime(s.dueAt)}` : null}
            </p>
            {s.sla && s.slaLabel && s.status !== "PENDING" ? <SlaBadge state={s.sla} label={s.slaLabel} /> : null}
          </li>
        ))}
    </ol>
  );
}
