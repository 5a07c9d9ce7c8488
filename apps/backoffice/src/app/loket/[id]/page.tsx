import { redirect } from "next/navigation";
import { getSession } from "~/server/auth";
import { IntakeEditor } from "./intake-editor";

export default async function IntakeFilePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await getSession())?.user) redirect("/masuk");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Berkas Pemohon di Loket</h1>
      <IntakeEditor id={id} />
    </div>
  );
}
