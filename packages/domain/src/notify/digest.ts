import { ROLE_LABELS, type Role } from "../roles";
import { workingMinutesBetween, type WorkingCalendar } from "../time/calendar";
import { formatWorkingDuration } from "../time/working-duration";
import { localDateTimeToInstant, zoneOffsetMs } from "../time/zoned-clock";

/** One file late now, as the Kadis's morning digest lists it. */
export interface LateFile {
  registrationNumber: string;
  permitTypeName: string;
  role: Role;
  /** The officers the step waits on: its named members, or everyone holding the role. */
  officers: readonly string[];
  overdueMinutes: number;
}

/**
 * The Kadis's digest list: late files grouped by the role that holds them and, inside it, by the
 * officer (or "semua pemegang peran" when the step is open to the whole role), worst first. Plain
 * text, so email, WhatsApp gateways and the portal carry it alike.
 */
export function lateDigestList(files: readonly LateFile[]): string {
  if (files.length === 0) return "Tidak ada berkas yang terlambat.";
  const byRole = new Map<Role, LateFile[]>();
  for (const f of files) byRole.set(f.role, [...(byRole.get(f.role) ?? []), f]);
  const worst = (list: readonly LateFile[]) => Math.max(...list.map((f) => f.overdueMinutes));
  const roles = [...byRole.entries()].sort(([ra, a], [rb, b]) => worst(b) - worst(a) || ROLE_LABELS[ra].localeCompare(ROLE_LABELS[rb], "id"));
  const blocks: string[] = [];
  for (const [role, list] of roles) {
    const byOfficer = new Map<string, LateFile[]>();
    for (const f of list) {
      const who = f.officers.length > 0 ? [...f.officers].sort((a, b) => a.localeCompare(b, "id")).join(", ") : "semua pemegang peran";
      byOfficer.set(who, [...(byOfficer.get(who) ?? []), f]);
    }
    const lines = [`${ROLE_LABELS[role]} (${list.length} berkas):`];
    for (const [who, own] of [...byOfficer.entries()].sort(([wa, a], [wb, b]) => worst(b) - worst(a) || wa.localeCompare(wb, "id"))) {
      lines.push(`  ${who}:`);
      for (const f of [...own].sort((a, b) => b.overdueMinutes - a.overdueMinutes || a.registrationNumber.localeCompare(b.registrationNumber))) {
        lines.push(`  - ${f.registrationNumber} (${f.permitTypeName}), terlambat ${formatWorkingDuration(f.overdueMinutes)}`);
      }
    }
    blocks.push(lines.join("\n"));
  }
  return blocks.join("\n\n");
}

/** One file that came into a member's worklist since the last digest. */
export interface NewWorkItem {
  registrationNumber: string;
  permitTypeName: string;
  stepLabel: string;
  due: string;
}

export function workDigestList(items: readonly NewWorkItem[]): string {
  return items.map((i) => `- ${i.registrationNumber} (${i.permitTypeName}): ${i.stepLabel}, batas waktu ${i.due}`).join("\n");
}

/**
 * The office-local date whose morning digest is due at `now`: a day with working hours (not a
 * weekend, holiday or closed special day) once its wall clock has passed `at` ("07:30"); null
 * before then or on a day off. The calendar's zone is the office's.
 */
export function digestDayAt(calendar: WorkingCalendar, now: Date, at: string): string | null {
  const date = new Date(now.getTime() + zoneOffsetMs(calendar.timeZone, now.getTime())).toISOString().slice(0, 10);
  if (now.getTime() < localDateTimeToInstant(calendar.timeZone, date, at).getTime()) return null;
  const dayStart = localDateTimeToInstant(calendar.timeZone, date, "00:00");
  const dayEnd = new Date(dayStart.getTime() + 24 * 60 * 60_000);
  return workingMinutesBetween(calendar, dayStart, dayEnd) > 0 ? date : null;
}
