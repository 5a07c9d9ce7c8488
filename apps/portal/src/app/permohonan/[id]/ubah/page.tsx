import { requireApplicant } from "~/server/require-applicant";
import { Editor } from "./editor";

export default async function EditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireApplicant(`/permohonan/${id}/ubah`);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Isi Permohonan</h1>
      <Editor id={id} />
    </div>
  );
}
