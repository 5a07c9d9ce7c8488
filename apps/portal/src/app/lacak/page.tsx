import { Tracker } from "./tracker";

export const metadata = { title: "Lacak Berkas" };

/** `?nomor=` fills in the registration number (the link in a notice); the NIK digits are still asked for. */
export default async function TrackPage({ searchParams }: { searchParams: Promise<{ nomor?: string | string[] }> }) {
  const { nomor } = await searchParams;
  const registrationNumber = typeof nomor === "string" ? nomor.trim().slice(0, 40) : "";
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Lacak Berkas</h1>
      <Tracker registrationNumber={registrationNumber} />
    </div>
  );
}
