import { z } from "zod";
import { passwordSchema } from "@perizinan/domain";
import { hashPassword } from "@perizinan/db/password";
import { staffProcedure } from "../../../trpc";
import { isUniqueViolation, refuse } from "../shared";
import { nipSchema, staffRolesSchema, usernameSchema } from "./schemas";

export const createStaffSchema = z.object({
  name: z.string({ error: "Nama wajib diisi." }).trim().min(1, "Nama wajib diisi.").max(120, "Nama terlalu panjang."),
  username: usernameSchema,
  nip: nipSchema,
  jobTitle: z.string({ error: "Jabatan wajib diisi." }).trim().min(1, "Jabatan wajib diisi.").max(120, "Jabatan terlalu panjang."),
  password: passwordSchema,
  roles: staffRolesSchema,
});

const TAKEN = {
  username: "Nama pengguna ini sudah dipakai akun lain. Pilih nama pengguna lain.",
  nip: "NIP ini sudah terdaftar pada akun lain.",
} as const;

/** A new staff account of the administrator's office, with its initial password and roles. */
export const create = staffProcedure("user.manage")
  .input(createStaffSchema)
  .mutation(async ({ ctx, input }) => {
    // Usernames and NIPs are unique across the whole installation, not only this office.
    const taken = await ctx.db.user.findMany({
      where: { OR: [{ username: input.username }, { nip: input.nip }] },
      select: { username: true, nip: true },
    });
    const errors: Record<string, string> = {};
    if (taken.some((u) => u.username === input.username)) errors.username = TAKEN.username;
    if (taken.some((u) => u.nip === input.nip)) errors.nip = TAKEN.nip;
    if (Object.keys(errors).length) throw refuse(Object.values(errors).join(" "), errors);
    try {
      const user = await ctx.db.user.create({
        data: {
          kind: "STAFF",
          officeId: ctx.user.officeId,
          name: input.name,
          username: input.username,
          nip: input.nip,
          jobTitle: input.jobTitle,
          passwordHash: await hashPassword(input.password),
          roles: { create: input.roles.map((role) => ({ role })) },
        },
        select: { id: true, username: true },
      });
      return user;
    } catch (error) {
      if (isUniqueViolation(error)) throw refuse("Nama pengguna atau NIP ini sudah dipakai akun lain.");
      throw error;
    }
  });
