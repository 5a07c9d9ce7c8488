import { digestDayAt, lateDigestList, officeClock, workDigestList, workingMinutesBetween, type LateFile, type NewWorkItem } from "@perizinan/domain";
import type { Db } from "@perizinan/db";
import { loadCalendar } from "@perizinan/db/files";
import { digestWritten } from "@perizinan/db/outbox";
import { formatIndonesianDate } from "@perizinan/letters";
import { loadSop } from "../sop-cache";
import { noticeLinks } from "./links";
import { activeStaff, staffWithRole } from "./recipients";
import { OFFICE_FOR_NOTICE, officeValues } from "./values";
import { writeNotices } from "./write";

/** How far back a member's first digest reaches when they have had none yet. */
const FIRST_DIGEST_REACH_MS = 7 * 24 * 60 * 60_000;

/**
 * The morning digests, once a working day per office after its digest time (07:30 by default, in
 * the office's zone): the Kadis's list of files late now, by role and officer, and, for staff who
 * take new work as a digest, what came into their worklist since their last one. Each digest's
 * source names its day, so a sweep every minute — or two workers — write it once.
 */
export async function writeDailyDigests(db: Db, now: Date): Promise<number> {
  const offices = await db.office.findMany({ select: { id: true, digestTime: true, ...OFFICE_FOR_NOTICE } });
  let written = 0;
  for (const office of offices) {
    const calendar = await loadCalendar(db, office.id);
    const day = digestDayAt(calendar, now, office.digestTime);
    if (!day) continue;
    const common = {
      ...officeValues(office),
      "ringkasan.tanggal": formatIndonesianDate(now, officeClock(office.timeZone)),
    };
    written += await writeKadisDigest(db, office.id, day, now, calendar, common);
    written += await writeWorkDigests(db, office.id, day, now, common);
  }
  return written;
}

async function writeKadisDigest(db: Db, officeId: string, day: string, now: Date, calendar: Awaited<ReturnType<typeof loadCalendar>>, common: Record<string, string>): Promise<number> {
  const source = `ringkasan-kadis:${officeId}:${day}`;
  if (await digestWritten(db, source)) return 0;
  const open = await db.application.findMany({
    where: { officeId, status: "IN_PROGRESS", stepDueAt: { lt: now } },
    select: { registrationNumber: true, sopVersionId: true, currentStep: true, stepDueAt: true, restrictedRoles: true, assignees: true, permitType: { select: { name: true } } },
  });
  const named = new Set(open.flatMap((f) => f.assignees));
  const names = new Map((await db.user.findMany({ where: { id: { in: [...named] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const late: LateFile[] = [];
  for (const f of open) {
    const step = (await loadSop(db, f.sopVersionId)).steps.find((s) => s.no === f.currentStep);
    // Late on the working clock, as the worklists count it; the applicant's own steps are not the office's delay.
    const overdueMinutes = f.stepDueAt ? workingMinutesBetween(calendar, f.stepDueAt, now) : 0;
    if (!step || step.role === "PEMOHON" || overdueMinutes <= 0) continue;
    late.push({
      registrationNumber: f.registrationNumber ?? "(belum bernomor)",
      permitTypeName: f.permitType.name,
      role: step.role,
      officers: f.restrictedRoles.includes(step.role) ? f.assignees.map((id) => names.get(id) ?? id) : [],
      overdueMinutes,
    });
  }
  return db.$transaction(async (tx) =>
    writeNotices(
      tx,
      [
        {
          kind: "KADIS_DIGEST",
          source,
          officeId,
          applicationId: null,
          permitTypeId: null,
          recipients: await staffWithRole(tx, officeId, "KADIS", null),
          values: { ...common, "ringkasan.daftar": lateDigestList(late), "ringkasan.jumlah": `${late.length} berkas`, "tautan.dasbor": noticeLinks.dashboard() },
          link: "/dasbor",
        },
      ],
      now,
    ),
  );
}

async function writeWorkDigests(db: Db, officeId: string, day: string, now: Date, common: Record<string, string>): Promise<number> {
  const members = await db.user.findMany({ where: { officeId, kind: "STAFF", active: true, workDigest: true }, select: { id: true } });
  let written = 0;
  for (const { id } of members) {
    const source = `ringkasan-kerja:${id}:${day}`;
    if (await digestWritten(db, source)) continue;
    const last = await db.notification.findFirst({ where: { recipientId: id, kind: "WORK_DIGEST" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    const since = last?.createdAt ?? new Date(now.getTime() - FIRST_DIGEST_REACH_MS);
    // The member's in-app "new work" rows carry what the digest lists: written once per file and step, with its values.
    const rows = await db.notification.findMany({
      where: { recipientId: id, kind: "NEW_WORK", channel: "IN_APP", createdAt: { gt: since, lte: now } },
      orderBy: { createdAt: "asc" },
      select: { values: true },
    });
    if (rows.length === 0) continue;
    const items: NewWorkItem[] = rows.map(({ values }) => {
      const v = values as Record<string, string>;
      return { registrationNumber: v["berkas.nomorRegistrasi"] ?? "", permitTypeName: v["berkas.jenisIzin"] ?? "", stepLabel: v["berkas.langkah"] ?? "", due: v["berkas.tenggat"] ?? "" };
    });
    written += await db.$transaction(async (tx) => {
      const recipients = await activeStaff(tx, officeId, [id]);
      return writeNotices(
        tx,
        [
          {
            kind: "WORK_DIGEST",
            source,
            officeId,
            applicationId: null,
            permitTypeId: null,
            recipients,
            values: { ...common, "ringkasan.daftar": workDigestList(items), "ringkasan.jumlah": `${items.length}`, "tautan.kotakMasuk": noticeLinks.staffInbox() },
            link: "/",
          },
        ],
        now,
      );
    });
  }
  return written;
}
