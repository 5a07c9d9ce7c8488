import { z } from "zod";
import { fileTimeline, ROLE_LABELS, SLA_LABELS, STATUS_LABELS, sopDefinitionSchema } from "@perizinan/domain";
import { loadCalendar, toDomainEvent } from "@perizinan/db/files";
import { AppError } from "../../errors";
import { publicProcedure } from "../../trpc";

/** Wrong guesses allowed per address before lookups pause: the second factor is only 4 digits. */
const TRACKING_LIMIT = { failures: 10, windowMinutes: 15 };
const NOT_FOUND = "Berkas tidak ditemukan. Periksa nomor registrasi dan 4 angka terakhir NIK pemohon.";

/**
 * Public tracking: the registration number (random, not sequential) plus the last four digits of
 * the applicant's NIK. Shows the steps and the service standard, never personal data.
 */
export const lookup = publicProcedure
  .input(
    z.object({
      registrationNumber: z.string().trim().toUpperCase().min(1, "Nomor registrasi wajib diisi.").max(40),
      nikLast4: z.string().trim().regex(/^\d{4}$/, "Isi 4 angka terakhir NIK."),
    }),
  )
  .query(async ({ ctx, input }) => {
    const key = `track:ip:${ctx.ip ?? "unknown"}`;
    const since = new Date(Date.now() - TRACKING_LIMIT.windowMinutes * 60_000);
    if ((await ctx.db.loginAttempt.count({ where: { key, at: { gte: since } } })) >= TRACKING_LIMIT.failures) {
      throw new AppError("INVALID_INPUT", `Terlalu banyak pencarian yang gagal. Coba lagi dalam ${TRACKING_LIMIT.windowMinutes} menit.`);
    }
    const file = await ctx.db.application.findUnique({
      where: { registrationNumber: input.registrationNumber },
      include: { sopVersion: true, permitType: true, events: { orderBy: { seq: "asc" } }, applicant: { select: { nik: true } } },
    });
    const nik = String((file?.form as { nik?: string } | undefined)?.nik ?? file?.applicant.nik ?? "");
    if (!file || file.status === "DRAFT" || !nik.endsWith(input.nikLast4)) {
      await ctx.db.loginAttempt.create({ data: { key } });
      throw new AppError("NOT_FOUND", NOT_FOUND);
    }
    const sop = sopDefinitionSchema.parse(file.sopVersion.definition);
    const calendar = await loadCalendar(ctx.db, file.officeId);
    const timeline = fileTimeline(sop, calendar, file.events.map(toDomainEvent), file.createdAt, new Date());
    return {
      registrationNumber: file.registrationNumber!,
      permitTypeName: file.permitType.name,
      status: file.status,
      statusLabel: STATUS_LABELS[file.status],
      submittedAt: file.submittedAt,
      expectedCompletionAt: timeline.expectedCompletionAt,
      steps: timeline.steps
        .filter((s) => s.status !== "SKIPPED")
        .map((s) => ({
          no: s.no,
          activity: s.activity,
          roleLabel: ROLE_LABELS[s.role],
          status: s.status,
          finishedAt: s.finishedAt ?? null,
          dueAt: s.dueAt ?? null,
          slaLabel: s.sla ? SLA_LABELS[s.sla] : null,
        })),
    };
  });
