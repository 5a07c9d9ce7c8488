import type { z } from "zod";
import { FILE_ACTION_NAMES } from "../actions";
import { STEP_END_STATUSES } from "../file-status";
import { APPLICANT_ROLE, NON_OPERATIONAL_ROLES } from "../roles";
import { sopDefinitionSchema, sopGraphShapeSchema, type SopGraphShape } from "./schema";
import type { SopDefinition } from "./types";

export type SopValidation = { ok: true; sop: SopDefinition } | { ok: false; problems: string[] };

/**
 * Checks an SOP definition (e.g. one an administrator is about to publish) and lists every problem
 * found at once, so that it can be corrected in one pass rather than one error at a time.
 */
export function validateSop(def: unknown): SopValidation {
  const problems: string[] = [];
  const parsed = sopDefinitionSchema.safeParse(def);
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => describeIssue(issue, def)));

  const shape = sopGraphShapeSchema.safeParse(def);
  if (shape.success) problems.push(...graphProblems(shape.data));

  const distinct = [...new Set(problems)];
  if (parsed.success && distinct.length === 0) return { ok: true, sop: parsed.data };
  return { ok: false, problems: distinct };
}

function describeIssue(issue: z.core.$ZodIssue, def: unknown): string {
  const [head, index, ...rest] = issue.path;
  if (head === "steps" && typeof index === "number") {
    const rawNo = stepNoAt(def, index);
    const where = rawNo === undefined ? `Langkah urutan ke-${index + 1}` : `Langkah ${rawNo}`;
    return rest.length > 0 ? `${where} › ${rest.join(".")}: ${issue.message}` : `${where}: ${issue.message}`;
  }
  return issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

function stepNoAt(def: unknown, index: number): number | undefined {
  const steps = (def as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return undefined;
  const no = (steps[index] as { no?: unknown } | null)?.no;
  return typeof no === "number" ? no : undefined;
}

/**
 * A raw SOP value (parsed JSON, typed unknown) as the messages quote it, String() as everywhere in
 * this module. Taking it as unknown keeps a `!== undefined` check from narrowing it to `{}`.
 */
const quoted = (value: unknown): string => String(value);

type Node = {
  no: number;
  role: unknown;
  applicant: boolean;
  signs: boolean;
  receipt: boolean;
  assignsTeam: unknown;
  actions: Array<{ action: unknown; step?: number; end?: unknown; resubmitTo?: number; by?: unknown }>;
};

function toNodes(shape: SopGraphShape): Node[] {
  return shape.steps.map((step) => ({
    no: step.no,
    role: step.role,
    applicant: step.markers.applicantStep === true,
    signs: step.markers.signs === true,
    receipt: step.markers.receipt === true,
    assignsTeam: step.markers.assignsTeam,
    actions: step.actions.map((a) => ({
      action: a.action,
      ...(typeof a.to.step === "number" ? { step: a.to.step } : {}),
      ...(a.to.end !== undefined ? { end: a.to.end } : {}),
      ...(typeof a.to.resubmitTo === "number" ? { resubmitTo: a.to.resubmitTo } : {}),
      by: a.by,
    })),
  }));
}

function graphProblems(shape: SopGraphShape): string[] {
  const nodes = toNodes(shape);
  const byNo = new Map<number, Node>();
  const problems: string[] = [];

  for (const node of nodes) {
    if (byNo.has(node.no)) problems.push(`Nomor langkah ${node.no} dipakai lebih dari sekali`);
    else byNo.set(node.no, node);
  }

  const roles = new Set(nodes.map((n) => n.role));
  for (const node of nodes) problems.push(...stepProblems(node, byNo, roles));

  const signing = nodes.filter((n) => n.signs).map((n) => n.no);
  if (signing.length > 1) {
    problems.push(`Penanda "signs" hanya boleh pada satu langkah, ditemukan pada langkah ${signing.join(", ")}`);
  }

  const usesReturn = nodes.some((n) => n.actions.some((a) => a.action === "RETURN"));
  if (usesReturn && !shape.resubmit) {
    problems.push("Ada tindakan RETURN tetapi aturan resubmit (siapa yang mengajukan ulang) tidak ditentukan");
  }

  const blockedOnPathOf = shape.withdraw?.blockedOnPathOf;
  if (typeof blockedOnPathOf === "number" && !byNo.has(blockedOnPathOf)) {
    problems.push(`withdraw.blockedOnPathOf menunjuk langkah ${blockedOnPathOf} yang tidak ada`);
  }

  const [first] = nodes;
  if (first) {
    const reachable = reachableSteps(first.no, byNo);
    for (const node of byNo.values()) {
      if (!reachable.has(node.no)) problems.push(`Langkah ${node.no} tidak dapat dicapai dari langkah pertama`);
    }
    const endBound = stepsThatCanEnd(byNo);
    for (const no of reachable) {
      const node = byNo.get(no);
      if (node && node.actions.length > 0 && !endBound.has(no)) {
        problems.push(`Langkah ${no}: tidak ada jalur menuju akhir (ISSUED/REJECTED)`);
      }
    }
  }

  for (const cycle of officeOnlyCycles(byNo)) {
    problems.push(
      `Langkah ${cycle.join(", ")} membentuk putaran tanpa langkah pemohon: berkas dapat berputar di kantor tanpa akhir`,
    );
  }
  return problems;
}

function stepProblems(node: Node, byNo: Map<number, Node>, roles: Set<unknown>): string[] {
  const at = `Langkah ${node.no}`;
  const problems: string[] = [];
  if (NON_OPERATIONAL_ROLES.includes(node.role as never)) {
    problems.push(`${at}: peran ${String(node.role)} tidak melaksanakan langkah`);
  }
  if (node.applicant !== (node.role === APPLICANT_ROLE)) {
    problems.push(`${at}: penanda applicantStep harus ada tepat pada langkah berperan ${APPLICANT_ROLE}`);
  }
  if (node.actions.length === 0) {
    problems.push(`${at}: tidak ada tindakan, berkas akan berhenti di sini padahal ini bukan akhir`);
  }
  if (node.assignsTeam !== undefined) {
    const team = node.assignsTeam;
    if (team === APPLICANT_ROLE || NON_OPERATIONAL_ROLES.includes(team as never) || !roles.has(team)) {
      problems.push(`${at}: assignsTeam ${quoted(team)} bukan peran yang melaksanakan langkah SOP ini`);
    }
  }

  const seen = new Set<unknown>();
  for (const a of node.actions) {
    const name = String(a.action);
    // The same action may be offered to different performers, never twice to the same one.
    const offer = `${name}:${String(a.by ?? node.role)}`;
    if (seen.has(offer)) problems.push(`${at}: tindakan ${name} tercantum lebih dari sekali`);
    seen.add(offer);
    if ((FILE_ACTION_NAMES as readonly unknown[]).includes(a.action)) {
      problems.push(`${at}: tindakan ${name} berlaku untuk berkas, bukan untuk langkah`);
    }
    if (a.step !== undefined && !byNo.has(a.step)) {
      problems.push(`${at}: tindakan ${name} menuju langkah ${a.step} yang tidak ada`);
    }
    if (a.resubmitTo !== undefined && !byNo.has(a.resubmitTo)) {
      problems.push(`${at}: tindakan ${name} kembali ke langkah ${a.resubmitTo} yang tidak ada`);
    }
    if ((a.action === "RETURN") !== (a.resubmitTo !== undefined)) {
      problems.push(`${at}: hanya tindakan RETURN yang memakai tujuan { resubmitTo }, dan RETURN wajib memakainya`);
    }
    if (a.end !== undefined && !STEP_END_STATUSES.includes(a.end as never)) {
      problems.push(`${at}: tindakan ${name} tidak boleh mengakhiri berkas dengan status ${quoted(a.end)}`);
    }
    if (a.action === "RECORD_RECEIPT" && (!node.receipt || a.by === undefined)) {
      problems.push(`${at}: RECORD_RECEIPT hanya pada langkah penerimaan (receipt) dan harus menyebut pelaksana (by)`);
    }
    if (NON_OPERATIONAL_ROLES.includes(a.by as never)) {
      problems.push(`${at}: peran ${String(a.by)} tidak melaksanakan tindakan ${name}`);
    }
  }
  return problems;
}

function reachableSteps(from: number, byNo: Map<number, Node>): Set<number> {
  const seen = new Set<number>();
  const queue = [from];
  for (let no = queue.shift(); no !== undefined; no = queue.shift()) {
    const node = byNo.get(no);
    if (!node || seen.has(no)) continue;
    seen.add(no);
    for (const a of node.actions) {
      if (a.step !== undefined) queue.push(a.step);
      if (a.resubmitTo !== undefined) queue.push(a.resubmitTo);
    }
  }
  return seen;
}

/** Steps from which some sequence of forward actions closes the file. */
function stepsThatCanEnd(byNo: Map<number, Node>): Set<number> {
  const ending = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of byNo.values()) {
      if (ending.has(node.no)) continue;
      const closes = node.actions.some(
        (a) => (a.end !== undefined && a.resubmitTo === undefined) || (a.step !== undefined && ending.has(a.step)),
      );
      if (closes) {
        ending.add(node.no);
        grew = true;
      }
    }
  }
  return ending;
}

/**
 * Loops made of office steps only. A loop through an applicant step (or a RETURN, which always goes
 * through the applicant) is the applicant's choice; one without is a file the office could spin forever.
 */
function officeOnlyCycles(byNo: Map<number, Node>): number[][] {
  const edges = new Map<number, number[]>();
  for (const node of byNo.values()) {
    if (node.applicant) continue;
    const next = node.actions
      .map((a) => a.step)
      .filter((no): no is number => no !== undefined && byNo.has(no) && !byNo.get(no)?.applicant);
    edges.set(node.no, next);
  }
  return stronglyConnected(edges).filter(
    (group) => group.length > 1 || (edges.get(group[0] as number) ?? []).includes(group[0] as number),
  );
}

/** Tarjan's algorithm; the groups come back sorted so that messages are stable. */
function stronglyConnected(edges: Map<number, number[]>): number[][] {
  let counter = 0;
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const groups: number[][] = [];

  const visit = (v: number): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: number[] = [];
      let w: number;
      do {
        w = stack.pop() as number;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      groups.push(group.sort((a, b) => a - b));
    }
  };

  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return groups;
}
