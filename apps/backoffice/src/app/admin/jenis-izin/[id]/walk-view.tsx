"use client";
import { ACTION_LABELS, formatWorkingDuration } from "@perizinan/domain";
import type { FlowWalk } from "./types";

/** Every way a file can go, per flow, as the server walked the saved draft. */
export function WalkView({ walk, stale }: { walk: readonly FlowWalk[]; stale: boolean }) {
  return (
    <section id="jalan-alur" aria-labelledby="jalan-alur-judul" className="scroll-mt-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6" data-testid="walk">
      <h2 id="jalan-alur-judul" className="text-xl font-semibold">
        Jalan alur
      </h2>
      <p className="mt-1 text-sm text-gray-700">
        Setiap jalur dari langkah pertama sampai akhir, dengan jumlah waktu bakunya.{" "}
        {stale ? <strong className="text-amber-900">Dihitung dari draf yang terakhir disimpan; simpan untuk memperbaruinya.</strong> : "Dihitung dari draf yang tersimpan."}
      </p>
      <div className="mt-3 flex flex-col gap-4">
        {walk.map((flow) => (
          <div key={flow.kind} data-testid={`walk-${flow.kind}`}>
            <h3 className="font-semibold">{flow.label}</h3>
            {!flow.readable ? (
              <p className="text-sm text-red-800">Alur ini belum dapat dijalani: perbaiki masalah pada langkah-langkahnya.</p>
            ) : flow.paths.length === 0 ? (
              <p className="text-sm text-gray-700">Belum ada jalur yang sampai ke akhir.</p>
            ) : (
              <ol className="mt-1 flex flex-col gap-2">
                {flow.paths.map((path, i) => (
                  <li key={i} className="rounded-md border border-gray-200 p-3 text-sm">
                    <p className="font-medium">
                      Jalur {i + 1}: berakhir {path.endLabel} — <span data-testid="walk-total">{formatWorkingDuration(path.standardMinutes)}</span>
                    </p>
                    <ol className="mt-1 flex flex-col gap-0.5 text-gray-800">
                      {path.steps.map((s, j) => (
                        <li key={j} className="break-words">
                          {s.no}. {s.activity} <span className="text-gray-600">({s.roleLabel}, {formatWorkingDuration(s.standardMinutes)})</span> → {ACTION_LABELS[s.action]}
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
