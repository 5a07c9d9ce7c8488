import type { Metadata } from "next";
import { localIsoDate } from "@perizinan/domain";
import { currentOffice } from "~/server/office";
import { AdminArea } from "../access";
import { HolidaysAdmin } from "./holidays-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kalender Hari Libur — Administrasi" };

export default async function HolidaysPage() {
  const office = await currentOffice();
  return (
    <AdminArea
      permission="calendar.manage"
      title="Kalender Hari Libur"
      intro="Hari libur nasional dan cuti bersama tidak dihitung sebagai waktu kerja. Perhitungan waktu kerja sesudah perubahan memakai kalender yang baru."
    >
      {office ? <HolidaysAdmin initialYear={Number(localIsoDate(new Date(), office.clock.timeZone).slice(0, 4))} /> : null}
    </AdminArea>
  );
}
