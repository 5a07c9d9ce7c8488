import { databaseIsUp } from "@perizinan/api";

export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json({ ok: await databaseIsUp(), app: "backoffice" });
}
