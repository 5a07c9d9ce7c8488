import { applicantProcedure, router } from "../../trpc";
import { inAppNotices, listInput, markInAppRead, markReadInput, openInApp, openInput } from "./in-app";

/** The portal's Pemberitahuan: the applicant's own notices. */
export const applicantNotifications = router({
  list: applicantProcedure.input(listInput).query(({ ctx, input }) => inAppNotices(ctx.db, ctx.user.id, input.limit)),
  markRead: applicantProcedure.input(markReadInput).mutation(({ ctx, input }) => markInAppRead(ctx.db, ctx.user.id, input, new Date())),
  open: applicantProcedure.input(openInput).mutation(({ ctx, input }) => openInApp(ctx.db, ctx.user.id, input.id, new Date())),
});
