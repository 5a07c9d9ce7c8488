import { uploadRequirementDocument } from "@perizinan/api";
import { createPortalContext } from "~/server/context";

export const dynamic = "force-dynamic";

/**
 * Upload of one requirement's document: the raw bytes as the body (so the browser can report
 * progress), the user's file name in X-File-Name (URI-encoded), for display only.
 */
export async function PUT(req: Request, { params }: { params: Promise<{ id: string; code: string }> }) {
  const { id, code } = await params;
  const ctx = await createPortalContext();
  if (!ctx.user || ctx.user.kind !== "APPLICANT") {
    return Response.json({ message: "Silakan masuk terlebih dahulu." }, { status: 401 });
  }
  let fileName = "dokumen";
  try {
    fileName = decodeURIComponent(req.headers.get("x-file-name") ?? "dokumen");
  } catch {
    // a malformed name is only a display name: fall back
  }
  const result = await uploadRequirementDocument({ ...ctx, user: ctx.user }, { applicationId: id, requirementCode: code, fileName, body: req.body });
  if (!result.ok) return Response.json({ message: result.message }, { status: result.status });
  return Response.json(result.document, { status: 201 });
}
