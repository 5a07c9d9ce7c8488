import type { ActionName } from "../actions";
import type { FileStatus } from "../file-status";
import type { SopDefinition, SopStep, StepAction } from "./types";

export type ForwardAction = StepAction & { to: { step: number } | { end: FileStatus } };

export function findStep(sop: SopDefinition, no: number): SopStep | undefined {
  return sop.steps.find((step) => step.no === no);
}

export function requireStep(sop: SopDefinition, no: number): SopStep {
  const step = findStep(sop, no);
  if (!step) throw new Error(`SOP ${sop.code} v${sop.version} tidak memiliki langkah ${no}`);
  return step;
}

export function firstStep(sop: SopDefinition): SopStep {
  const [first] = sop.steps;
  if (!first) throw new Error(`SOP ${sop.code} v${sop.version} tidak memiliki langkah`);
  return first;
}

/** Forward actions carry the file on (or close it); RETURN detours through the applicant instead. */
export function isForward(action: StepAction): action is ForwardAction {
  return "step" in action.to || "end" in action.to;
}

/** The action the office expects to take: the first forward action listed (data order = likelihood). */
export function likelyAction(step: SopStep): ForwardAction | undefined {
  return step.actions.find(isForward);
}

export function isApplicantStep(step: SopStep): boolean {
  return step.markers?.applicantStep === true;
}

/** Step numbers along the expected path starting at (and including) `fromNo`, stopping at an end or a repeat. */
export function likelyPathFrom(sop: SopDefinition, fromNo: number): number[] {
  const path: number[] = [];
  let current = findStep(sop, fromNo);
  while (current && !path.includes(current.no)) {
    path.push(current.no);
    const next = likelyAction(current);
    current = next && "step" in next.to ? findStep(sop, next.to.step) : undefined;
  }
  return path;
}

/** Steps still ahead of `fromNo` (inclusive) by forward moves: where the file may yet go without a return. */
export function reachableFrom(sop: SopDefinition, fromNo: number): Set<number> {
  const seen = new Set<number>();
  const queue = [fromNo];
  for (let no = queue.shift(); no !== undefined; no = queue.shift()) {
    const step = findStep(sop, no);
    if (!step || seen.has(no)) continue;
    seen.add(no);
    for (const { to } of step.actions) if ("step" in to) queue.push(to.step);
  }
  return seen;
}

export interface SopPath {
  end: FileStatus;
  steps: number[];
  /** The action taken to leave each step, aligned with `steps`. */
  actions: ActionName[];
  standardMinutes: number;
}

/**
 * Every loop-free way from the first step to an end, following forward actions only
 * (a return is a detour, not a path). Alternatives that lead to the same place, such as the
 * applicant confirming receipt or the counter recording it, count as one path.
 */
export function pathsToEnds(sop: SopDefinition): SopPath[] {
  const paths: SopPath[] = [];
  const seen = new Set<string>();

  const walk = (step: SopStep, steps: number[], actions: ActionName[], minutes: number): void => {
    const here = [...steps, step.no];
    const spent = minutes + step.standardMinutes;
    for (const action of step.actions.filter(isForward)) {
      const taken = [...actions, action.action];
      if ("end" in action.to) {
        const key = `${here.join(">")}#${action.to.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        paths.push({ end: action.to.end, steps: here, actions: taken, standardMinutes: spent });
        continue;
      }
      const next = findStep(sop, action.to.step);
      if (next && !here.includes(next.no)) walk(next, here, taken, spent);
    }
  };

  const first = sop.steps[0];
  if (first) walk(first, [], [], 0);
  return paths;
}
