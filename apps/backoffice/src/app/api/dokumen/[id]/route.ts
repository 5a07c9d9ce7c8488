import { documentHeaders, readDocument } from "@perizinan/api";
import { createBackofficeContext } from "~/server/context";

export const dynamic = "force-dynamic";

/** An uploaded requirement, for staff who may see documents of their office's files. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const doc = await readDocument(await createBackofficeContext(), { kind: "upload", id });
  if (!doc) return new Response("Dokumen tidak ditemukan.", { status: 404 });
  const disposition = new URL(req.url).searchParams.get("unduh") ? "attachment" : "inline";
  return new Response(Buffer.from(doc.bytes), { headers: documentHeaders(doc, disposition) });
}
