import { letterPreview } from "@perizinan/api";
import { createBackofficeContext } from "~/server/context";

export const dynamic = "force-dynamic";

/** A letter of a permit type with sample facts, as a PDF the administrator opens beside the editor. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; kode: string }> }) {
  const { id, kode } = await params;
  const result = await letterPreview(await createBackofficeContext(), { permitTypeId: id, letter: decodeURIComponent(kode) });
  if (!result.ok) return new Response(result.message, { status: result.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(Buffer.from(result.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${result.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
