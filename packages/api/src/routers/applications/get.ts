import { z } from "zod";
import { loadCalendar } from "@perizinan/db/files";
import { loadOwnFile } from "../../files/load";
import { applicantFileView } from "../../files/view";
import { applicantProcedure } from "../../trpc";

export const get = applicantProcedure.input(z.object({ id: z.string().min(1) })).query(async ({ ctx, input }) => {
  const file = await loadOwnFile(ctx, input.id);
  const calendar = await loadCalendar(ctx.db, file.officeId);
  return applicantFileView(file, calendar, ctx.user, new Date());
});
