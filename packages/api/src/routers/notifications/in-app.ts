import { z } from "zod";
import { safeReturnPath } from "@perizinan/auth";
import type { Db } from "@perizinan/db";
import { AppError } from "../../errors";

export const listInput = z.object({ limit: z.number().int().min(1).max(50).default(20) }).default({ limit: 20 });
export const markReadInput = z.union([z.object({ ids: z.array(z.string().min(1).max(60)).min(1).max(100) }), z.object({ all: z.literal(true) })]);

/** The user's own in-app notices, newest first, with the unread count the bell shows. */
export async function inAppNotices(db: Db, userId: string, limit: number) {
  const where = { recipientId: userId, channel: "IN_APP" as const };
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, kind: true, subject: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return { unread, items };
}

/** Marks the user's own notices read; another user's ids change nothing. */
export async function markInAppRead(db: Db, userId: string, input: z.infer<typeof markReadInput>, now: Date) {
  const { count } = await db.notification.updateMany({
    where: { recipientId: userId, channel: "IN_APP", readAt: null, ...("ids" in input ? { id: { in: input.ids } } : {}) },
    data: { readAt: now },
  });
  return { marked: count };
}

export const openInput = z.object({ id: z.string().min(1).max(60) });

/**
 * Opening a notice: marked read, and the page it leads to — a path inside the same site only,
 * so a notice can never send its reader elsewhere. Another user's notice is not found.
 */
export async function openInApp(db: Db, userId: string, id: string, now: Date): Promise<{ link: string }> {
  const row = await db.notification.findFirst({ where: { id, recipientId: userId, channel: "IN_APP" }, select: { link: true, readAt: true } });
  if (!row) throw new AppError("NOT_FOUND", "Pemberitahuan tidak ditemukan.");
  if (!row.readAt) await db.notification.update({ where: { id }, data: { readAt: now } });
  return { link: safeReturnPath(row.link, "/pemberitahuan") };
}
