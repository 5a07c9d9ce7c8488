import { redirect } from "next/navigation";
import { getSession } from "~/server/auth";
import { IntakeStart } from "./intake-start";

export const metadata = { title: "Pendaftaran di Loket — Back Office Perizinan" };

export default async function IntakePage() {
  if (!(await getSession())?.user) redirect("/masuk");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Pendaftaran Berkas di Loket</h1>
      <IntakeStart />
    </div>
  );
}
