"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Card } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

/** Any submitted file of the office, by registration number or applicant name (read-only roles included). */
export function FileSearch() {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const results = useQuery({ ...trpc.files.search.queryOptions({ query }), enabled: query.trim().length >= 2 });
  return (
    <Card title="Cari berkas">
      <label className="flex flex-col gap-1 text-sm font-medium">
        Nomor registrasi atau nama pemohon
        <input className="min-h-11 rounded-md border border-gray-500 px-3 py-2 text-base" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {results.data ? (
        <ul className="mt-3 flex flex-col gap-1 text-sm" data-testid="file-search-results">
          {results.data.length === 0 ? <li>Tidak ada berkas yang cocok.</li> : null}
          {results.data.map((f) => (
            <li key={f.id}>
              <Link href={`/berkas/${f.id}`} className="font-mono text-brand-700 underline">
                {f.registrationNumber}
              </Link>{" "}
              — {f.applicantName} · {f.statusLabel}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
