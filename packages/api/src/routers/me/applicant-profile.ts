import { applicantProcedure } from "../../trpc";

export const applicantProfile = applicantProcedure.query(async ({ ctx }) => {
  const user = await ctx.db.user.findUniqueOrThrow({
    where: { id: ctx.user.id },
    select: { id: true, name: true, email: true, nik: true, phone: true },
  });
  // The NIK is personal data: show only its last four digits even to its owner's browser.
  return { ...user, nik: user.nik ? `••••••••••••${user.nik.slice(-4)}` : null };
});
