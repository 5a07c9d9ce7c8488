import { requireApplicant } from "~/server/require-applicant";
import { FileDetail } from "./file-detail";

export default async function FilePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ diajukan?: string }> }) {
  const [{ id }, { diajukan }] = await Promise.all([params, searchParams]);
  await requireApplicant(`/permohonan/${id}`);
  return <FileDetail id={id} justSubmitted={diajukan === "1"} />;
}
