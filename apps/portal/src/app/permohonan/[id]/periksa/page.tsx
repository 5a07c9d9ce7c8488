import { requireApplicant } from "~/server/require-applicant";
import { Review } from "./review";

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireApplicant(`/permohonan/${id}/periksa`);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Periksa Jawaban Anda</h1>
      <Review id={id} />
    </div>
  );
}
