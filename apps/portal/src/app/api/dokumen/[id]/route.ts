import { documentHeaders, readDocument } from "@perizinan/api";
import { createPortalContext } from "~/server/context";

export const dynamic = "force-dynamic";

/** An applicant's own upload, only through this authorised route — never from a public folder. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const doc = await readDocument(await createPortalContext(), { kind: "upload", id });
  if (!doc) return new Response("Dokumen tidak ditemukan.", { status: 404 });
  const disposition = new URL(req.url).searchParams.get("unduh") ? "attachment" : "inline";
  return new Response(Buffer.from(doc.bytes), { headers: documentHeaders(doc, disposition) });
}
