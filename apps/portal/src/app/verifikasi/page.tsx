import { redirect } from "next/navigation";
import { asText, Card, Field, Button } from "@perizinan/ui";
import { HashCheck } from "./hash-check";

export const metadata = { title: "Verifikasi Izin" };

// A server action must be an async function, even one that awaits nothing.
// eslint-disable-next-line @typescript-eslint/require-await
async function lookup(formData: FormData) {
  "use server";
  const number = asText(formData.get("number")).trim();
  if (number) redirect(`/verifikasi/${encodeURIComponent(number)}`);
}

export default function VerifyPage() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Verifikasi Izin</h1>
      <Card title="Cek nomor izin">
        <form action={lookup} className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
          <Field name="number" label="Nomor izin" placeholder="503/1/SIK-PM/DPMPTSP/2026" />
          <Button type="submit">Periksa</Button>
        </form>
      </Card>
      <HashCheck />
    </div>
  );
}
