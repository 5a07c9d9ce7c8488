"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Alert, Card, useOfficeClock } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

export function SopVersions({ canPublish }: { canPublish: boolean }) {
  const { dateTime } = useOfficeClock();
  const trpc = useTRPC();
  const types = useQuery(trpc.admin.sop.versions.queryOptions());
  if (types.isPending) return <p>Memuat…</p>;
  if (types.isError) return <Alert tone="error">Daftar SOP tidak dapat dimuat: {types.error.message}</Alert>;
  return (
    <div className="flex flex-col gap-4">
      {types.data.map((t) => (
        <Card key={t.id} title={t.name}>
          {t.versions.length === 0 ? <p>Belum ada SOP yang diterbitkan untuk jenis izin ini.</p> : null}
          {t.versions.length > 0 ? (
            <table className="w-full text-left text-sm" data-testid={`sop-versions-${t.code}`}>
              <caption className="sr-only">Versi SOP {t.name}</caption>
              <thead>
                <tr className="border-b">
                  <th scope="col" className="py-2">Versi</th>
                  <th scope="col">Diterbitkan</th>
                  <th scope="col">Berkas (masih berjalan)</th>
                  <th scope="col">Tindakan</th>
                </tr>
              </thead>
              <tbody>
                {t.versions.map((v) => (
                  <tr key={v.id} className="border-b align-top">
                    <th scope="row" className="py-2 text-left">
                      {v.code} v{v.version}
                      {v.isLatest ? <span className="ml-2 rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">terbaru</span> : null}
                    </th>
                    <td>
                      {dateTime(v.publishedAt)}
                      {v.publishedByName ? <span className="block text-xs text-gray-700">oleh {v.publishedByName}</span> : null}
                    </td>
                    <td>
                      {v.files} ({v.openFiles})
                    </td>
                    <td className="flex flex-col gap-1 py-2">
                      <Link href={`/admin/sop/${v.id}`} className="text-brand-700 underline">
                        Lihat SOP v{v.version}
                      </Link>
                      {canPublish && v.isLatest ? (
                        <Link href={`/admin/sop/${v.id}/terbitkan`} className="text-brand-700 underline">
                          Terbitkan versi baru dari v{v.version}
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </Card>
      ))}
    </div>
  );
}
