import {
  availableActions,
  fileTimeline,
  ROLE_LABELS,
  SLA_LABELS,
  STATUS_LABELS,
  stateFromJSON,
  type Actor,
  type FormValues,
  type WorkingCalendar,
} from "@perizinan/domain";
import { toDomainEvent } from "@perizinan/db/files";
import { formFieldsOf, requirementNeeded, requirementRows } from "@perizinan/usecases";
import { lastReturnOf } from "./last-return";
import { isApplicantLetter, letterLabel } from "./letter-kinds";
import type { LoadedFile } from "./load";

/**
 * What the applicant sees of their file: data, documents (with every earlier version), the SOP
 * steps as a timeline against the service standard, and what they may do now.
 */
export function applicantFileView(file: LoadedFile, calendar: WorkingCalendar, actor: Actor, now: Date) {
  const events = file.events.map(toDomainEvent);
  const submitted = file.status !== "DRAFT";
  const timeline = submitted ? fileTimeline(file.sop, calendar, events, file.createdAt, now) : null;
  const state = stateFromJSON(file.state);
  const actions = availableActions(file.sop, state, actor);
  const form = (file.form ?? {}) as FormValues;
  return {
    id: file.id,
    version: file.version,
    registrationNumber: file.registrationNumber,
    status: file.status,
    statusLabel: file.status === "DRAFT" ? "Draf (belum diajukan)" : STATUS_LABELS[file.status],
    permitType: { code: file.permitType.code, name: file.permitType.name },
    form: file.form as Record<string, unknown>,
    /** The version's whole form (the applicant's identity, then the type's own fields): what the form shows and checks. */
    formFields: formFieldsOf(file.definition),
    createdAt: file.createdAt,
    submittedAt: file.submittedAt,
    editable: file.status === "DRAFT" || file.status === "RETURNED",
    /** The domain's answer: submit (COMPLETE at the first step), resubmit, withdraw, confirm receipt. */
    actions,
    atReceiptStep: file.sop.steps.find((s) => s.no === file.currentStep)?.markers?.receipt === true,
    // What this file's version asks, by its answers (a document row outlives the versions that ask it).
    requirements: requirementRows(file.definition, form, file.permitType.requirements).map((r) => {
      const versions = file.documents.filter((d) => d.requirementId === r.row.id);
      const current = versions.find((d) => d.supersededAt === null) ?? null;
      const summary = (d: (typeof versions)[number]) => ({
        id: d.id,
        displayName: d.displayName,
        mimeType: d.mimeType,
        sizeBytes: d.sizeBytes,
        uploadedAt: d.createdAt,
        supersededAt: d.supersededAt,
      });
      return {
        code: r.code,
        name: r.label,
        description: r.help ?? "",
        required: requirementNeeded(r, form),
        maxBytes: r.maxBytes,
        mimeTypes: r.mimeTypes,
        document: current ? summary(current) : null,
        history: versions.filter((d) => d !== current).map(summary),
      };
    }),
    returned: file.status === "RETURNED" ? lastReturnOf(file) : null,
    timeline: timeline && {
      currentStep: timeline.currentStep,
      expectedCompletionAt: timeline.expectedCompletionAt,
      pathTotalStandardMinutes: timeline.pathTotalStandardMinutes,
      steps: timeline.steps.map((s) => ({
        no: s.no,
        activity: s.activity,
        roleLabel: ROLE_LABELS[s.role],
        standardMinutes: s.standardMinutes,
        status: s.status,
        startedAt: s.startedAt ?? null,
        finishedAt: s.finishedAt ?? null,
        dueAt: s.dueAt ?? null,
        sla: s.sla ?? null,
        slaLabel: s.sla ? SLA_LABELS[s.sla] : null,
        actorRoleLabel: s.actorRole ? ROLE_LABELS[s.actorRole] : null,
      })),
    },
    issuedDocuments: file.issuedDocuments
      .filter((d) => !d.isDraft && isApplicantLetter(file.definition, d.kind))
      .map((d) => ({ id: d.id, kind: d.kind, label: letterLabel(file.definition, d.kind), number: d.number, createdAt: d.createdAt })),
  };
}
export type ApplicantFileView = ReturnType<typeof applicantFileView>;
