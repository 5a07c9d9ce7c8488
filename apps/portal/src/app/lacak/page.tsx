import { Tracker } from "./tracker";

export const metadata = { title: "Lacak Berkas" };

export default function TrackPage() {
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Lacak Berkas</h1>
      <Tracker />
    </div>
  );
}
