import { router, staffProcedure } from "../../trpc";
import { inAppNotices, listInput, markInAppRead, markReadInput, openInApp, openInput } from "./in-app";

/** The back office's bell: the officer's own notices. */
export const staffNotifications = router({
  list: staffProcedure("account.self").input(listInput).query(({ ctx, input }) => inAppNotices(ctx.db, ctx.user.id, input.limit)),
  markRead: staffProcedure("account.self").input(markReadInput).mutation(({ ctx, input }) => markInAppRead(ctx.db, ctx.user.id, input, new Date())),
  open: staffProcedure("account.self").input(openInput).mutation(({ ctx, input }) => openInApp(ctx.db, ctx.user.id, input.id, new Date())),
});
