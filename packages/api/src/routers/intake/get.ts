import { z } from "zod";
import { loadCalendar } from "@perizinan/db/files";
import { loadIntakeFile } from "../../files/load";
import { applicantFileView } from "../../files/view";
import { staffProcedure } from "../../trpc";

/** A walk-in file being filled at the counter, shown as the applicant would see it. */
export const get = staffProcedure("file.intake.counter")
  .input(z.object({ id: z.string().min(1) }))
  .query(async ({ ctx, input }) => {
    const file = await loadIntakeFile(ctx, input.id);
    const calendar = await loadCalendar(ctx.db, file.officeId);
    return applicantFileView(file, calendar, ctx.user, new Date());
  });
