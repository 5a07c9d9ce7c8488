import { AppError } from "../../../errors";
import type { StaffContext } from "../shared";

/** A staff account of the administrator's own office; any other account reads as missing. */
export async function loadOfficeStaff(ctx: StaffContext, userId: string) {
  const user = await ctx.db.user.findFirst({
    where: { id: userId, officeId: ctx.user.officeId, kind: "STAFF" },
    include: { roles: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "Akun pegawai tidak ditemukan.");
  return user;
}
