import { documentHeaders, readDocument } from "@perizinan/api";
import { createBackofficeContext } from "~/server/context";

export const dynamic = "force-dynamic";

/** A generated letter (drafts included, marked as such), for staff who may see the file's documents. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const doc = await readDocument(await createBackofficeContext(), { kind: "letter", id });
  if (!doc) return new Response("Dokumen tidak ditemukan.", { status: 404 });
  const disposition = new URL(req.url).searchParams.get("unduh") ? "attachment" : "inline";
  return new Response(Buffer.from(doc.bytes), { headers: documentHeaders(doc, disposition) });
}
