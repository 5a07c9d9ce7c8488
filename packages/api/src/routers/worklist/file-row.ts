import type { SopStep } from "@perizinan/domain";

/** What every worklist says of a file: its number, its applicant and type, and the step it waits at. */
export function fileRow(
  f: { id: string; registrationNumber: string | null; currentStep: number; applicant: { name: string }; permitType: { name: string } },
  step: Pick<SopStep, "activity"> | undefined,
) {
  return {
    id: f.id,
    registrationNumber: f.registrationNumber,
    applicantName: f.applicant.name,
    permitTypeName: f.permitType.name,
    step: f.currentStep,
    activity: step?.activity ?? "",
  };
}
