import { z } from "zod";
import { requeueNotifications } from "@perizinan/db/outbox";
import { staffProcedure } from "../../../trpc";

/** Queues given-up or waiting messages again (the log keeps their earlier attempts). */
export const resend = staffProcedure("notification.manage")
  .input(z.object({ ids: z.array(z.string().min(1).max(60)).min(1).max(200) }))
  .mutation(async ({ ctx, input }) => ({ queued: await requeueNotifications(ctx.db, ctx.user.officeId, input.ids, new Date()) }));
