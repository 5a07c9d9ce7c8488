import { readOfficeEmblem, uploadOfficeEmblem } from "@perizinan/api";
import { createBackofficeContext } from "~/server/context";

export const dynamic = "force-dynamic";

/** The office's regional emblem as the kop prints it, for staff of the office. */
export async function GET() {
  const emblem = await readOfficeEmblem(await createBackofficeContext());
  if (!emblem) return new Response("Lambang belum diunggah.", { status: 404 });
  return new Response(Buffer.from(emblem.bytes), {
    headers: { "Content-Type": emblem.mimeType, "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff" },
  });
}

/** A new emblem: the image's raw bytes as the body (PNG or JPEG, at most 1 MB). */
export async function PUT(req: Request) {
  const ctx = await createBackofficeContext();
  if (!ctx.user) return Response.json({ message: "Silakan masuk terlebih dahulu." }, { status: 401 });
  const result = await uploadOfficeEmblem({ ...ctx, user: ctx.user }, req.body);
  if (!result.ok) return Response.json({ message: result.message }, { status: result.status });
  return Response.json({ sha256: result.sha256, mimeType: result.mimeType }, { status: 201 });
}
