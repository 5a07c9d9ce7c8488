import { z } from "zod";
import { ACTION_LABELS, availableActions, can, ROLE_LABELS, SLA_LABELS, STATUS_LABELS, fileTimeline, localIsoDate, stateFromJSON, whyCannotAct, type FormValues } from "@perizinan/domain";
import { formFieldsOf, officerFieldsOf, renderPendingLetters, requirementRows } from "@perizinan/usecases";
import { loadCalendar, toDomainEvent } from "@perizinan/db/files";
import { lastReturnOf } from "../../files/last-return";
import { letterLabel } from "../../files/letter-kinds";
import { staffProcedure } from "../../trpc";
import { loadOfficeFile } from "./load-office-file";

/** A file as staff see it: applicant data, documents, the current step in the SOP's words, history, and what this user may do. */
export const get = staffProcedure("file.view.any")
  .input(z.object({ id: z.string().min(1) }))
  .query(async ({ ctx, input }) => {
    // A letter whose rendering failed after its step committed is made when the file is next looked at.
    const pendingQuery = { where: { applicationId: input.id }, select: { kind: true, number: true, attempts: true } } as const;
    let pendingLetters = await ctx.db.pendingLetter.findMany(pendingQuery);
    if (pendingLetters.length) {
      await renderPendingLetters(ctx, input.id);
      pendingLetters = await ctx.db.pendingLetter.findMany(pendingQuery);
    }
    const file = await loadOfficeFile(ctx, input.id);
    const auditor = can(ctx.user, "audit.read");
    const calendar = await loadCalendar(ctx.db, file.officeId);
    const now = new Date();
    const timeline = fileTimeline(file.sop, calendar, file.events.map(toDomainEvent), file.createdAt, now);
    const step = file.sop.steps.find((s) => s.no === file.currentStep)!;
    const state = stateFromJSON(file.state);
    const actions = availableActions(file.sop, state, ctx.user);
    const current = timeline.steps.find((s) => s.no === step.no);
    // A resubmitted file back at the check it was returned from: what was asked last time, and whether it was done.
    const lastReturn = lastReturnOf(file);
    const returnedHere = lastReturn?.resubmitted && lastReturn.fromStep === step.no && file.status === "IN_PROGRESS" ? lastReturn : null;
    // Only the members of the agency that assesses this permit type are offered for its team.
    const agency = file.definition.technicalAgency
      ? await ctx.db.technicalAgency.findUnique({ where: { officeId_code: { officeId: file.officeId, code: file.definition.technicalAgency } }, select: { id: true } })
      : null;
    const team = step.markers?.assignsTeam
      ? await ctx.db.user.findMany({
          where: { officeId: file.officeId, active: true, roles: { some: { role: step.markers.assignsTeam } }, ...(agency ? { technicalAgencyId: agency.id } : {}) },
          select: { id: true, name: true, jobTitle: true },
          orderBy: { name: "asc" },
        })
      : [];
    return {
      id: file.id,
      version: file.version,
      registrationNumber: file.registrationNumber,
      status: file.status,
      statusLabel: STATUS_LABELS[file.status as keyof typeof STATUS_LABELS],
      permitTypeName: file.permitType.name,
      sop: { code: file.sop.code, version: file.sop.version },
      applicant: file.applicant,
      form: file.form as Record<string, unknown>,
      formFields: formFieldsOf(file.definition),
      submittedAt: file.submittedAt,
      /** The office's today, for date fields that may not lie in the future. */
      officeToday: localIsoDate(now, file.office.timeZone),
      step: {
        no: step.no,
        activity: step.activity,
        role: step.role,
        roleLabel: ROLE_LABELS[step.role],
        inputs: step.inputs,
        output: step.output,
        standardMinutes: step.standardMinutes,
        startedAt: file.stepStartedAt,
        dueAt: current?.dueAt ?? null,
        sla: current?.sla ?? null,
        slaLabel: current?.sla ? SLA_LABELS[current.sla] : null,
        offersChecklist: step.actions.some((a) => a.action === "RETURN"),
        assignsTeam: step.markers?.assignsTeam ?? null,
        produces: step.markers?.produces ?? null,
        /** What the officer of this step enters (the definition's step fields), judged when they act. */
        fields: officerFieldsOf(file.definition, step.no),
      },
      actions: actions.map((a) => ({ action: a, label: ACTION_LABELS[a] })),
      /** Why this user, who holds the step's role, cannot act (assigned to a colleague, four eyes). */
      cannotActReason: actions.length === 0 ? whyCannotAct(file.sop, state, ctx.user) : null,
      pendingLetters,
      team,
      requirements: requirementRows(file.definition, (file.form ?? {}) as FormValues, file.permitType.requirements).map((r) => {
        const doc = file.documents.find((d) => d.requirementId === r.row.id && d.supersededAt === null);
        return {
          code: r.code,
          name: r.label,
          document: doc ? { id: doc.id, displayName: doc.displayName, mimeType: doc.mimeType, sizeBytes: doc.sizeBytes } : null,
          earlierVersions: file.documents.filter((d) => d.requirementId === r.row.id && d.supersededAt !== null).length,
          lastReturn: returnedHere?.requirements[r.code] ?? null,
        };
      }),
      letters: file.issuedDocuments.map((d) => ({
        id: d.id,
        kind: d.kind,
        label: letterLabel(file.definition, d.kind),
        number: d.number,
        isDraft: d.isDraft,
        step: d.step,
        createdAt: d.createdAt,
        sha256: d.sha256,
      })),
      events: file.events.map((e) => ({
        seq: e.seq,
        at: e.at,
        actorName: e.actor.name,
        actorRoleLabel: ROLE_LABELS[e.actorRole],
        onBehalfOf: e.onBehalfOf,
        action: e.action,
        actionLabel: ACTION_LABELS[e.action as keyof typeof ACTION_LABELS] ?? e.action,
        fromStep: e.fromStep,
        toStep: e.toStep,
        toStatus: e.toStatus,
        note: e.note,
        reasons: e.reasons,
        // Where an action came from is for the audit trail only.
        ...(auditor ? { ipAddress: e.ipAddress, userAgent: e.userAgent } : {}),
      })),
    };
  });
