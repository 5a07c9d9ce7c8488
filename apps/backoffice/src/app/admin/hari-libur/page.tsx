import type { Metadata } from "next";
import { localIsoDate } from "@perizinan/domain";
import { currentOffice } from "~/server/office";
import { adminAccess, BackToAdmin, NoAccess } from "../access";
import { HolidaysAdmin } from "./holidays-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kalender Hari Libur — Administrasi" };

export default async function HolidaysPage() {
  if (!(await adminAccess("calendar.manage")).allowed) return <NoAccess />;
  const office = await currentOffice();
  return (
    <div className="flex flex-col gap-4">
      <div>
        <BackToAdmin />
        <h1 className="text-2xl font-bold">Kalender Hari Libur</h1>
        <p className="text-sm text-gray-700">
          Hari libur nasional dan cuti bersama tidak dihitung sebagai waktu kerja. Perhitungan waktu kerja sesudah perubahan memakai kalender yang baru.
        </p>
      </div>
      {office ? <HolidaysAdmin initialYear={Number(localIsoDate(new Date(), office.clock.timeZone).slice(0, 4))} /> : null}
    </div>
  );
}
