import { describe, expect, it } from "vitest";
import { enqueueNotifications, type NewNotification } from "@perizinan/db/outbox";
import { backofficeRouter } from "./backoffice";
import { createContext } from "./context";
import { portalRouter } from "./portal";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory } from "./trpc";

const office = useSeededOffice("notifications");
const backoffice = async (username: string) =>
  createCallerFactory(backofficeRouter)(await createContext({ db: office.t.db, storage: office.storage, app: "backoffice", sessionUserId: office.users.get(username)! }));
const portal = async (email: string) =>
  createCallerFactory(portalRouter)(await createContext({ db: office.t.db, storage: office.storage, app: "portal", sessionUserId: office.users.get(email)! }));

async function write(rows: Partial<NewNotification>[]) {
  const officeId = (await office.t.db.office.findFirstOrThrow()).id;
  await office.t.db.$transaction((tx) =>
    enqueueNotifications(
      tx,
      rows.map((r, i) => ({
        idempotencyKey: `uji-api:${i}:${r.recipientId}:${r.channel}:${Math.random()}`,
        officeId,
        applicationId: null,
        recipientId: r.recipientId!,
        channel: r.channel ?? "IN_APP",
        kind: "NEW_WORK",
        address: null,
        subject: `Pesan ${i}`,
        body: `Isi ${i}`,
        link: "/berkas/x",
        values: {},
        ...r,
      })),
      new Date(),
    ),
  );
}

describe("in-app notices: the bell and the portal's Pemberitahuan", () => {
  it("each user sees only their own, with the unread count; marking another's read changes nothing", async () => {
    const sari = office.users.get("sari.manik@contoh.id")!;
    const budi = office.users.get("budi.sinaga@contoh.id")!;
    const fo = office.users.get("frontoffice")!;
    await write([{ recipientId: sari }, { recipientId: sari }, { recipientId: budi }, { recipientId: fo }, { recipientId: fo, channel: "EMAIL", address: "x@contoh.id" }]);
    const sariView = await (await portal("sari.manik@contoh.id")).notifications.list({ limit: 20 });
    expect([sariView.unread, sariView.items.length]).toEqual([2, 2]);
    const bell = await (await backoffice("frontoffice")).notifications.list({ limit: 20 });
    // The email copy is not the bell's.
    expect([bell.unread, bell.items.length]).toEqual([1, 1]);

    const budiCaller = await portal("budi.sinaga@contoh.id");
    expect(await budiCaller.notifications.markRead({ ids: sariView.items.map((i) => i.id) })).toEqual({ marked: 0 });
    expect((await (await portal("sari.manik@contoh.id")).notifications.list({ limit: 20 })).unread).toBe(2);
    expect(await (await portal("sari.manik@contoh.id")).notifications.markRead({ all: true })).toEqual({ marked: 2 });
    expect((await (await portal("sari.manik@contoh.id")).notifications.list({ limit: 20 })).unread).toBe(0);
  });
});

describe("Administrasi → Pemberitahuan", () => {
  it("lists the office's messages with status, answer and attempts, never a secret's value; re-sends a given-up one", async () => {
    const sari = office.users.get("sari.manik@contoh.id")!;
    await write([
      { recipientId: sari, channel: "EMAIL", address: "sari.manik@contoh.id", subject: "Atur ulang", body: "Tautan: {rahasia.tautan}", secrets: { tautan: "https://x/RAHASIA999" } },
    ]);
    const row = await office.t.db.notification.findFirstOrThrow({ where: { subject: "Atur ulang" } });
    await office.t.db.notification.update({ where: { id: row.id }, data: { status: "GAVE_UP", lastError: "550 5.1.1 kotak surat tidak ada" } });
    const admin = await backoffice("admin");
    const log = await admin.admin.notifications.log({ q: "Atur ulang", page: 1 });
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]).toMatchObject({ statusLabel: "gagal", lastError: "550 5.1.1 kotak surat tidak ada", resendable: true, channelLabel: expect.any(String) });
    expect(JSON.stringify(log)).not.toContain("RAHASIA999");
    expect(await admin.admin.notifications.resend({ ids: [row.id] })).toEqual({ queued: 1 });
    expect((await office.t.db.notification.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("QUEUED");
  });

  it("is the administrator's: a front-office officer is refused", async () => {
    await expect((await backoffice("frontoffice")).admin.notifications.log({ page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
