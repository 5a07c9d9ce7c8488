import { z } from "zod";
import { NOTICE_CHANNEL_LABELS, NOTICE_KIND_INFO, isNoticeKind } from "@perizinan/domain";
import type { Prisma } from "@perizinan/db";
import { staffProcedure } from "../../../trpc";

const PAGE_SIZE = 50;
const STATUSES = ["QUEUED", "SENT", "GAVE_UP", "UNCONFIGURED"] as const;

export const STATUS_WORDS: Record<(typeof STATUSES)[number], string> = {
  QUEUED: "menunggu dikirim",
  SENT: "terkirim",
  GAVE_UP: "gagal",
  UNCONFIGURED: "belum dikirim",
};

const input = z
  .object({
    status: z.enum(STATUSES).optional(),
    channel: z.enum(["IN_APP", "EMAIL", "WHATSAPP"]).optional(),
    /** A registration number, an address or words of the subject. */
    q: z.string().trim().max(100).optional(),
    page: z.number().int().min(1).max(10_000).default(1),
  })
  .default({ page: 1 });

/**
 * Administrasi → Pemberitahuan: every message of the office, newest first, with its status, the
 * server's last answer and its attempts. A secret's value is never selected: the body shows its
 * placeholder.
 */
export const log = staffProcedure("notification.manage")
  .input(input)
  .query(async ({ ctx, input }) => {
    const where: Prisma.NotificationWhereInput = {
      officeId: ctx.user.officeId,
      ...(input.status ? { status: input.status } : {}),
      ...(input.channel ? { channel: input.channel } : {}),
      ...(input.q
        ? { OR: [{ address: { contains: input.q, mode: "insensitive" } }, { subject: { contains: input.q, mode: "insensitive" } }, { body: { contains: input.q, mode: "insensitive" } }] }
        : {}),
    };
    const [rows, total, byStatus] = await Promise.all([
      ctx.db.notification.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (input.page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: {
          id: true,
          kind: true,
          channel: true,
          address: true,
          subject: true,
          body: true,
          status: true,
          attempts: true,
          lastError: true,
          nextAttemptAt: true,
          sentAt: true,
          readAt: true,
          createdAt: true,
          applicationId: true,
          recipient: { select: { name: true } },
          values: true,
          deliveryAttempts: { orderBy: { at: "desc" }, take: 5, select: { at: true, ok: true, response: true, worker: true } },
        },
      }),
      ctx.db.notification.count({ where }),
      ctx.db.notification.groupBy({ by: ["status"], where: { officeId: ctx.user.officeId }, _count: true }),
    ]);
    return {
      page: input.page,
      pageSize: PAGE_SIZE,
      total,
      counts: Object.fromEntries(STATUSES.map((s) => [s, byStatus.find((b) => b.status === s)?._count ?? 0])) as Record<(typeof STATUSES)[number], number>,
      rows: rows.map(({ recipient, values, ...r }) => ({
        ...r,
        // An address that is no account (an agency's contact) is named by what the message greeted.
        recipientName: recipient?.name ?? (values as Record<string, string>)["penerima.nama"] ?? "",
        kindLabel: isNoticeKind(r.kind) ? NOTICE_KIND_INFO[r.kind].label : r.kind,
        channelLabel: NOTICE_CHANNEL_LABELS[r.channel],
        statusLabel: r.status === "UNCONFIGURED" && r.lastError ? r.lastError : STATUS_WORDS[r.status],
        resendable: r.status === "GAVE_UP" || r.status === "UNCONFIGURED",
      })),
    };
  });
