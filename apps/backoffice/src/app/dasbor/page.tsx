import type { Metadata } from "next";
import { localIsoDate, PERIOD_PRESETS, permissionsOf, presetPeriod, ROLE_LABELS, STAFF_ROLES, zoneAbbreviation, type Period, type PeriodPreset } from "@perizinan/domain";
import { api } from "~/trpc/server";
import { adminAccess, NoAccess } from "../admin/access";
import { Dashboard } from "./dashboard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dasbor Kinerja Pelayanan — Back Office Perizinan" };

/** The roles that may open the dashboard, named as the office names them (read from the domain's permissions). */
function rolesWithAccess(): string {
  const labels = STAFF_ROLES.filter((role) => permissionsOf({ id: role, roles: [role] }).includes("dashboard.view")).map((role) => ROLE_LABELS[role]);
  return new Intl.ListFormat("id-ID", { type: "conjunction" }).format(labels);
}

export default async function DashboardPage() {
  // Anonymous visitors go to the login page; the roles are those the database holds now.
  const { allowed } = await adminAccess("dashboard.view");
  if (!allowed) return <NoAccess area="dasbor ini" rule={`Dasbor Kinerja Pelayanan hanya untuk ${rolesWithAccess()}.`} />;
  const now = new Date();
  // Periods are the office's local dates, on its zone (WIB, WITA or WIT).
  const { timeZone } = await (await api()).dashboard.options();
  const presets = Object.fromEntries(PERIOD_PRESETS.map((preset) => [preset, presetPeriod(preset, now, timeZone)])) as Record<PeriodPreset, Period>;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Dasbor Kinerja Pelayanan</h1>
        <p className="text-sm text-gray-700">
          Penerimaan, penyelesaian, dan ketepatan waktu layanan terhadap standar SOP. Waktu dihitung dalam waktu kerja kantor ({zoneAbbreviation(timeZone)}), di luar waktu
          pemohon.
        </p>
      </div>
      <Dashboard presets={presets} defaultMonth={localIsoDate(now, timeZone).slice(0, 7)} />
    </div>
  );
}
