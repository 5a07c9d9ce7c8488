import { redirect } from "next/navigation";
import { getSession } from "~/server/auth";
import { MyApplications } from "./my-applications";

export default async function MyApplicationsPage() {
  if (!(await getSession())?.user) redirect("/masuk");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Permohonan Saya</h1>
      <MyApplications />
    </div>
  );
}
