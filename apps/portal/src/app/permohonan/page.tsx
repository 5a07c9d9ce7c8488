import { requireApplicant } from "~/server/require-applicant";
import { MyApplications } from "./my-applications";

export default async function MyApplicationsPage() {
  await requireApplicant("/permohonan");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Permohonan Saya</h1>
      <MyApplications />
    </div>
  );
}
