import { channelsFor, idempotencyKey, renderNotice, templateFor, type NoticeKind } from "@perizinan/domain";
import type { Prisma } from "@perizinan/db";
import { enqueueNotifications, type NewNotification } from "@perizinan/db/outbox";
import type { Recipient } from "./recipients";

type Tx = Prisma.TransactionClient;

export interface NoticeToWrite {
  kind: NoticeKind;
  /** The cause, unique per notice kind and occasion: "berkas:<id>:<seq>:FILE_RETURNED". */
  source: string;
  officeId: string | null;
  applicationId: string | null;
  permitTypeId: string | null;
  recipients: readonly Recipient[];
  /** Placeholder values shared by every recipient; `penerima.nama` is added per recipient. */
  values: Record<string, string>;
  /** The page the in-app notice opens. */
  link: string | null;
  /** Staff who chose a daily digest get this kind in-app only (the digest carries it by email). */
  digestible?: boolean;
}

/**
 * Renders a notice for each recipient and channel and writes it to the outbox in the caller's
 * transaction: the message exists exactly when the event that causes it does.
 */
export async function writeNotices(tx: Tx, notices: readonly NoticeToWrite[], at: Date): Promise<number> {
  const rows: NewNotification[] = [];
  for (const n of notices) {
    const template = templateFor(n.kind, [], n.permitTypeId);
    for (const r of n.recipients) {
      const values = { ...n.values, "penerima.nama": r.name };
      const { subject, body } = renderNotice(template, values);
      const channels = channelsFor(n.kind, r.choices)
        .filter((c) => c === "IN_APP" || !(n.digestible && r.workDigest))
        .filter((c) => c !== "IN_APP" || r.userId !== null);
      for (const channel of channels) {
        rows.push({
          idempotencyKey: idempotencyKey(n.source, r.id, channel),
          officeId: n.officeId,
          applicationId: n.applicationId,
          recipientId: r.userId,
          channel,
          kind: n.kind,
          address: channel === "EMAIL" ? r.choices.email : channel === "WHATSAPP" ? r.choices.phone : null,
          subject,
          body,
          link: n.link,
          values,
        });
      }
    }
  }
  return enqueueNotifications(tx, rows, at);
}
