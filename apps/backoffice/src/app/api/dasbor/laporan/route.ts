import { dashboardMonthlyPdf, exportRefusal } from "@perizinan/api";
import { createBackofficeContext } from "~/server/context";

export const dynamic = "force-dynamic";

/** The printable monthly service-standard report (PDF), for whoever may see the dashboard. */
export async function GET(req: Request) {
  try {
    const query = Object.fromEntries(new URL(req.url).searchParams);
    const file = await dashboardMonthlyPdf(await createBackofficeContext(), query);
    return new Response(Buffer.from(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `inline; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    const refusal = exportRefusal(error);
    if (!refusal) throw error;
    return new Response(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
