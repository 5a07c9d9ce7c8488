import { z } from "zod";
import type { Db } from "@perizinan/db";
import { defaultCalendar, officeClock } from "@perizinan/domain";
import { publicProcedure } from "../../trpc";

/** Before any office is set up there is no zone to read: the working calendar's default. */
export const DEFAULT_OFFICE_CLOCK = officeClock(defaultCalendar().timeZone);

/**
 * The office a site speaks for. An installation serves one office's public portal (the first
 * office set up); staff of any office see their own. Its names come from the office record, so
 * no office's name is written into the apps.
 */
export async function servedOffice(db: Db, officeId?: string | null) {
  const office = officeId
    ? await db.office.findUnique({ where: { id: officeId } })
    : await db.office.findFirst({ orderBy: { createdAt: "asc" } });
  if (!office) return null;
  return {
    name: office.name,
    shortName: office.shortName,
    governmentName: office.governmentName,
    regency: office.regency,
    address: office.address,
    phone: office.phone,
    email: office.email,
    website: office.website,
    complaintChannel: office.complaintChannel,
    /** Every date the site shows is on this clock. */
    clock: officeClock(office.timeZone),
  };
}

/** The office's public identity, for the site's header, titles and contact lines. */
export const office = publicProcedure.input(z.object({}).optional()).query(({ ctx }) =>
  servedOffice(ctx.db, ctx.user?.kind === "STAFF" ? ctx.user.officeId : null),
);
