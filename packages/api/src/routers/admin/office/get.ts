import { z } from "zod";
import { staffProcedure } from "../../../trpc";
import { INDONESIAN_TIME_ZONES } from "@perizinan/domain";
import type { OfficeTimeZone } from "./schemas";

/** The office's identity as Administrasi → Kantor edits it, with whether an emblem is on file. */
export const get = staffProcedure("office.manage")
  .input(z.object({}).optional())
  .query(async ({ ctx }) => {
    const office = await ctx.db.office.findUniqueOrThrow({ where: { id: ctx.user.officeId } });
    return {
      governmentName: office.governmentName,
      name: office.name,
      shortName: office.shortName,
      regency: office.regency,
      address: office.address,
      city: office.city,
      phone: office.phone ?? "",
      email: office.email ?? "",
      website: office.website ?? "",
      complaintChannel: office.complaintChannel ?? "",
      // Written only through officeSchema (or the seed), so it is one of the zones listed.
      timeZone: office.timeZone as OfficeTimeZone,
      emblem: office.emblemKey ? { sha256: office.emblemKey.split("/").pop() ?? "", mimeType: office.emblemMimeType } : null,
      timeZones: (Object.keys(INDONESIAN_TIME_ZONES) as OfficeTimeZone[]).map((zone) => ({ zone, abbreviation: INDONESIAN_TIME_ZONES[zone] })),
    };
  });
