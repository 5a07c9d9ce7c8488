import { z } from "zod";
import { Prisma } from "@perizinan/db";
import { AppError } from "../../../errors";
import { staffProcedure } from "../../../trpc";
import { isUniqueViolation, refuse } from "../shared";
import { agencyCodeSchema, agencySchema } from "./schemas";

const id = z.string().min(1).max(60);

/** A new technical agency of the office. Its code is what permit-type definitions name. */
export const create = staffProcedure("office.manage")
  .input(agencySchema.extend({ code: agencyCodeSchema }))
  .mutation(async ({ ctx, input }) => {
    try {
      return await ctx.db.technicalAgency.create({ data: { ...input, officeId: ctx.user.officeId }, select: { id: true, code: true, name: true } });
    } catch (error) {
      if (isUniqueViolation(error)) throw refuse("Kode instansi itu sudah dipakai.", { code: `Kode ${input.code} sudah dipakai instansi lain di kantor ini.` });
      throw error;
    }
  });

/** An agency's name and kop lines; its code stays (definitions refer to it). */
export const update = staffProcedure("office.manage")
  .input(agencySchema.extend({ id }))
  .mutation(async ({ ctx, input }) => {
    const { id: agencyId, ...data } = input;
    const changed = await ctx.db.technicalAgency.updateMany({ where: { id: agencyId, officeId: ctx.user.officeId }, data });
    if (changed.count === 0) throw new AppError("NOT_FOUND", "Instansi teknis tidak ditemukan.");
    return { id: agencyId, name: data.name };
  });

/**
 * Puts a Tim Teknis member in an agency (or takes them out with null). A member belongs to one
 * agency: step 5 of a type assessed by that agency offers only its members. Files already
 * assigned keep their team.
 */
export const setMember = staffProcedure("office.manage")
  .input(z.object({ userId: id, agencyId: id.nullable() }))
  .mutation(async ({ ctx, input }) => {
    const officeId = ctx.user.officeId;
    return ctx.db.$transaction(
      async (tx) => {
        const user = await tx.user.findFirst({ where: { id: input.userId, officeId, kind: "STAFF" }, include: { roles: true } });
        if (!user) throw new AppError("NOT_FOUND", "Akun pegawai tidak ditemukan.");
        if (input.agencyId !== null && !user.roles.some((r) => r.role === "TIM_TEKNIS")) {
          throw refuse(`${user.name} tidak memegang peran Tim Teknis; beri peran itu dulu di Akun Pegawai.`);
        }
        const agency = input.agencyId === null ? null : await tx.technicalAgency.findFirst({ where: { id: input.agencyId, officeId } });
        if (input.agencyId !== null && !agency) throw new AppError("NOT_FOUND", "Instansi teknis tidak ditemukan.");
        await tx.user.update({ where: { id: user.id }, data: { technicalAgencyId: agency?.id ?? null } });
        return { userId: user.id, name: user.name, agency: agency ? { id: agency.id, name: agency.name } : null };
      },
      { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
    );
  });
