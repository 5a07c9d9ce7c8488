import { uploadIntakeDocument } from "@perizinan/api";
import { createBackofficeContext } from "~/server/context";

export const dynamic = "force-dynamic";

/** The counter uploads a scan of a walk-in applicant's paper requirement (raw body, name in X-File-Name). */
export async function PUT(req: Request, { params }: { params: Promise<{ id: string; code: string }> }) {
  const { id, code } = await params;
  const ctx = await createBackofficeContext();
  if (!ctx.user) return Response.json({ message: "Silakan masuk terlebih dahulu." }, { status: 401 });
  let fileName = "pindaian";
  try {
    fileName = decodeURIComponent(req.headers.get("x-file-name") ?? "pindaian");
  } catch {
    // only a display name
  }
  const result = await uploadIntakeDocument({ ...ctx, user: ctx.user }, { applicationId: id, requirementCode: code, fileName, body: req.body });
  if (!result.ok) return Response.json({ message: result.message }, { status: result.status });
  return Response.json(result.document, { status: 201 });
}
