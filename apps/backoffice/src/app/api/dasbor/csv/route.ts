import { dashboardCsv, exportRefusal } from "@perizinan/api";
import { createBackofficeContext } from "~/server/context";

export const dynamic = "force-dynamic";

/** One table of the Kadis's dashboard as CSV, for whoever may see the dashboard. */
export async function GET(req: Request) {
  try {
    const query = Object.fromEntries(new URL(req.url).searchParams);
    const file = await dashboardCsv(await createBackofficeContext(), query);
    return new Response(typeof file.body === "string" ? file.body : Buffer.from(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    const refusal = exportRefusal(error);
    if (!refusal) throw error;
    return new Response(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
