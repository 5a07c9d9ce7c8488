import { documentsStillToReplace, type Actor } from "@perizinan/domain";
import { newRegistrationNumber } from "@perizinan/db/files";
import { AppError } from "../errors";
import { changeFile, type FileChangeResult, type FileForChange, type UseCaseDeps } from "./change-file";
import { assertComplete } from "./completeness";

type Audit = { ipAddress?: string | null; userAgent?: string | null };

/** Someone else's file is reported exactly like a missing one, so nobody learns which ids exist. */
function assertOwn(file: FileForChange, actor: Actor): void {
  if (file.applicantId !== actor.id) throw new AppError("NOT_FOUND", "Permohonan tidak ditemukan.");
}

/**
 * Submission is the SOP's first step: complete or refused whole, it gives the registration
 * number and starts the clock. The actor is the applicant online, or — `counter` — the front
 * office for a walk-in applicant whose intake it took (the domain records that it acted for them).
 */
export async function submitFile(
  deps: UseCaseDeps,
  input: { fileId: string; version: number; actor: Actor; audit?: Audit; counter?: { officeId: string } },
): Promise<{ registrationNumber: string; result: FileChangeResult }> {
  const now = new Date();
  let registrationNumber = "";
  const result = await changeFile(deps, {
    fileId: input.fileId,
    expectedVersion: input.version,
    command: { action: "COMPLETE" },
    actor: input.actor,
    at: now,
    audit: input.audit,
    async prepare(tx, file) {
      if (input.counter) {
        if (file.intakeById !== input.actor.id || file.officeId !== input.counter.officeId) throw new AppError("NOT_FOUND", "Berkas tidak ditemukan.");
      } else assertOwn(file, input.actor);
      if (file.status !== "DRAFT") throw new AppError("ILLEGAL_ACTION", "Permohonan ini sudah diajukan.");
      await assertComplete(tx, file, now);
      const permitType = await tx.permitType.findUniqueOrThrow({ where: { id: file.permitTypeId }, select: { registrationPrefix: true } });
      registrationNumber = newRegistrationNumber(permitType.registrationPrefix, now);
      return { data: { registrationNumber, ...(input.counter ? { counterIntakeFor: file.applicantId } : {}) }, columns: { registrationNumber } };
    },
  });
  return { registrationNumber, result };
}

/**
 * The applicant answers a return: the corrected file goes back to the step that returned it.
 * Refused, naming them, while documents the clerk asked to be replaced have not been.
 */
export function resubmitFile(deps: UseCaseDeps, input: { fileId: string; version: number; note?: string; actor: Actor; audit?: Audit }): Promise<FileChangeResult> {
  const now = new Date();
  return changeFile(deps, {
    fileId: input.fileId,
    expectedVersion: input.version,
    command: { action: "RESUBMIT", ...(input.note ? { note: input.note } : {}) },
    actor: input.actor,
    at: now,
    audit: input.audit,
    async prepare(tx, file) {
      assertOwn(file, input.actor);
      await assertComplete(tx, file, now);
      const returned = [...file.events].reverse().find((e) => e.action === "RETURN");
      const returnedAt = returned?.at ?? file.createdAt;
      const mustReplace = ((returned?.data ?? {}) as { mustReplace?: string[] }).mustReplace ?? [];
      const [requirements, documents] = await Promise.all([
        tx.requirement.findMany({ where: { permitTypeId: file.permitTypeId }, select: { id: true, code: true, name: true } }),
        tx.document.findMany({ where: { applicationId: file.id }, select: { requirementId: true, createdAt: true, supersededAt: true } }),
      ]);
      const codeOf = new Map(requirements.map((r) => [r.id, r.code]));
      const uploaded = documents.map((d) => ({ requirementCode: codeOf.get(d.requirementId) ?? "", createdAt: d.createdAt, supersededAt: d.supersededAt }));
      const stillToReplace = documentsStillToReplace(mustReplace, returnedAt, uploaded);
      if (stillToReplace.length > 0) {
        const names = stillToReplace.map((code) => requirements.find((r) => r.code === code)?.name ?? code);
        throw new AppError(
          "INVALID_INPUT",
          `Ganti dahulu dokumen yang diminta petugas: ${names.join(", ")}.`,
          Object.fromEntries(stillToReplace.map((code, i) => [`documents.${code}`, `Petugas meminta dokumen “${names[i]}” yang baru; unggah penggantinya.`])),
        );
      }
      const replaced = requirements
        .filter((r) => uploaded.some((d) => d.requirementCode === r.code && d.supersededAt === null && d.createdAt > returnedAt))
        .map((r) => r.code);
      return { data: { documentsReplaced: replaced } };
    },
  });
}

/** The applicant withdraws their application, with a reason, while the SOP allows it. */
export function withdrawFile(deps: UseCaseDeps, input: { fileId: string; version: number; reason: string; actor: Actor; audit?: Audit }): Promise<FileChangeResult> {
  return changeFile(deps, {
    fileId: input.fileId,
    expectedVersion: input.version,
    command: { action: "WITHDRAW", reasons: [input.reason] },
    actor: input.actor,
    audit: input.audit,
    prepare: (_tx, file) => assertOwn(file, input.actor),
  });
}

/** The applicant confirms online that the letter reached them (the SOP's receipt steps). */
export function confirmReceipt(deps: UseCaseDeps, input: { fileId: string; version: number; actor: Actor; audit?: Audit }): Promise<FileChangeResult> {
  return changeFile(deps, {
    fileId: input.fileId,
    expectedVersion: input.version,
    command: { action: "COMPLETE" },
    actor: input.actor,
    audit: input.audit,
    prepare(_tx, file, sop) {
      assertOwn(file, input.actor);
      const step = sop.steps.find((s) => s.no === file.currentStep);
      if (file.status !== "IN_PROGRESS" || !step?.markers?.receipt) {
        throw new AppError("ILLEGAL_ACTION", "Belum ada surat yang menunggu konfirmasi penerimaan Anda.");
      }
    },
  });
}
