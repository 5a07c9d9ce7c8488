import { documentHeaders, readDocument } from "@perizinan/api";
import { createPortalContext } from "~/server/context";

export const dynamic = "force-dynamic";

/** A letter the office issued for the applicant's own file (receipt, rejection, permit). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const doc = await readDocument(await createPortalContext(), { kind: "letter", id });
  if (!doc) return new Response("Dokumen tidak ditemukan.", { status: 404 });
  return new Response(Buffer.from(doc.bytes), { headers: documentHeaders(doc, "attachment") });
}
