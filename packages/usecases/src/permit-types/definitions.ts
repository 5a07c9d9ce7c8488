import {
  applicationFields,
  conditionHolds,
  permitTypeDefinitionSchema,
  type FormField,
  type FormValues,
  type PermitTypeDefinition,
  type RequirementDefinition,
  type SopStep,
} from "@perizinan/domain";

/**
 * Published permit-type versions never change (the database refuses it), so each is parsed once
 * per process and then read from memory by its id. A draft is never cached.
 */
const parsed = new Map<string, PermitTypeDefinition>();

type VersionRow = { id: string; status: string; definition: unknown };
type VersionReader = { permitTypeVersion: { findUniqueOrThrow(args: { where: { id: string }; select: { id: true; status: true; definition: true } }): Promise<VersionRow> } };

/** The definition of a version row; its shape is checked (the flows by the machine when it reads them). */
export function definitionOfVersion(version: VersionRow): PermitTypeDefinition {
  const cached = parsed.get(version.id);
  if (cached) return cached;
  const definition = permitTypeDefinitionSchema.parse(version.definition) as unknown as PermitTypeDefinition;
  if (version.status === "PUBLISHED") parsed.set(version.id, definition);
  return definition;
}

export async function loadDefinition(db: VersionReader, id: string): Promise<PermitTypeDefinition> {
  return parsed.get(id) ?? definitionOfVersion(await db.permitTypeVersion.findUniqueOrThrow({ where: { id }, select: { id: true, status: true, definition: true } }));
}

/** The whole application form of a file's version: the applicant's identity, then the type's own fields. */
export function formFieldsOf(definition: PermitTypeDefinition): FormField[] {
  return applicationFields(definition);
}

/** What the officer of step `no` enters under the definition's flow of new applications ([] when nothing). */
export function officerFieldsOf(definition: PermitTypeDefinition, no: number): FormField[] {
  const step: SopStep | undefined = definition.flows.NEW.steps.find((s) => s.no === no);
  return step?.fields ?? [];
}

/**
 * The requirements a file asks, by its version and its answers: every one not conditional, and a
 * conditional one when its condition holds (a practice-place statement only for a private practice).
 */
export function requirementsFor(definition: PermitTypeDefinition, form: FormValues): RequirementDefinition[] {
  return definition.requirements.filter((r) => !r.requiredIf || conditionHolds(r.requiredIf, form));
}

/** Whether a requirement of the file must have its document before submission. */
export function requirementNeeded(r: RequirementDefinition, form: FormValues): boolean {
  return r.required || (r.requiredIf !== undefined && conditionHolds(r.requiredIf, form));
}

/** A file's requirements with the database rows its documents point at (by code; a row outlives the versions that ask it). */
export function requirementRows<R extends { code: string }>(definition: PermitTypeDefinition, form: FormValues, rows: readonly R[]): Array<RequirementDefinition & { row: R }> {
  return requirementsFor(definition, form).flatMap((r) => {
    const row = rows.find((x) => x.code === r.code);
    return row ? [{ ...r, row }] : [];
  });
}
