import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ActionName } from "../actions";
import type { Command } from "../file/events";
import { availableActions, transition } from "../file/machine";
import { type FileState, startFile } from "../file/state";
import { isOpen } from "../file-status";
import type { Actor, Role } from "../roles";
import { SEED_PERMIT_TYPES } from "../seed";
import { next, permitLetter, receipt, receiptLetter, rejectionLetter, returnTo, step, submission } from "../seed/build";
import { pathsToEnds } from "../sop/graph";
import type { SopDefinition, SopStep } from "../sop/types";
import type { PermitTypeDefinition } from "./definition";
import { validatePermitType } from "./validate";

const CAST: Actor[] = [
  { id: "pemohon", roles: ["PEMOHON"] },
  { id: "fo", roles: ["FRONT_OFFICE"] },
  { id: "ksb", roles: ["KASUBBAG_UMUM"] },
  { id: "bo", roles: ["BACK_OFFICE"] },
  { id: "tt-1", roles: ["TIM_TEKNIS"] },
  { id: "kabid", roles: ["KABID_PELAYANAN"] },
  { id: "sek", roles: ["SEKRETARIS"] },
  { id: "kadis", roles: ["KADIS"] },
];
const START = new Date("2026-03-02T01:00:00Z");
const STATUS_ACTIONS = new Set<ActionName>(["WITHDRAW", "REVOKE"]);

function commandFor(sop: SopDefinition, state: FileState, action: ActionName): Command {
  const here = sop.steps.find((s) => s.no === state.step);
  const assigning = action !== "RETURN" && state.status === "IN_PROGRESS" && here?.markers?.assignsTeam;
  return { action, reasons: ["Alasan yang jelas"], ...(assigning ? { assignees: ["tt-1"] } : {}) };
}

/** One offered step action (status actions aside), chosen by `pick`; throws if nothing is offered to anyone. */
function act(sop: SopDefinition, state: FileState, at: Date, pick: (n: number) => number, prefer?: ActionName, noReturns = false): FileState {
  const offers = CAST.flatMap((who) =>
    availableActions(sop, state, who)
      .filter((a) => !STATUS_ACTIONS.has(a) && !(noReturns && a === "RETURN"))
      .map((a) => [who, a] as const),
  );
  if (offers.length === 0) throw new Error(`nothing offered at step ${state.step} (${state.status})`);
  const chosen = offers.find(([, a]) => a === prefer) ?? offers[pick(offers.length)]!;
  const result = transition(sop, state, commandFor(sop, state, chosen[1]), chosen[0], at);
  if (!result.ok) throw new Error(`${chosen[0].id} ${chosen[1]} at ${state.step}: ${result.message}`);
  return result.state;
}

/** Follows random offered actions until the file closes; a return is answered by resubmitting. */
function walkToEnd(sop: SopDefinition, from: FileState, choices: number[], limit: number): FileState {
  let state = from;
  let at = new Date(START.getTime() + 365 * 86_400_000);
  for (let i = 0; isOpen(state.status); i++) {
    if (i > limit) throw new Error(`no end after ${limit} actions (step ${state.step})`);
    at = new Date(at.getTime() + 37 * 60_000);
    // After a few detours, stop returning so that every walk ends.
    const pick = (n: number) => (choices[i % choices.length] ?? 0) % n;
    state = act(sop, state, at, pick, undefined, i > limit / 2);
  }
  return state;
}

/** Drives a file from the start to step `target` along the SOP graph (breadth first over actions). */
function reach(sop: SopDefinition, target: number): FileState {
  const queue: FileState[] = [startFile(sop, START)];
  const seen = new Set<string>();
  let clock = START.getTime();
  while (queue.length > 0) {
    const state = queue.shift()!;
    if (state.step === target && state.status === "IN_PROGRESS") return state;
    const key = `${state.step}:${state.status}`;
    if (seen.has(key) || !isOpen(state.status)) continue;
    seen.add(key);
    for (const who of CAST) {
      for (const action of availableActions(sop, state, who)) {
        if (STATUS_ACTIONS.has(action)) continue;
        clock += 60_000;
        const r = transition(sop, state, commandFor(sop, state, action), who, new Date(clock));
        if (r.ok) queue.push(r.state);
      }
    }
  }
  throw new Error(`step ${target} cannot be reached`);
}

describe("each seeded permit type walks every path of every flow", () => {
  for (const def of SEED_PERMIT_TYPES) {
    for (const [kind, sop] of Object.entries<SopDefinition>(def.flows)) {
      for (const path of pathsToEnds(sop)) {
        it(`${def.code} ${kind}: ${path.steps.join("→")} ⇒ ${path.end}`, () => {
          let state = startFile(sop, START);
          path.steps.forEach((no, i) => {
            expect(state.step).toBe(no);
            state = act(sop, state, new Date(START.getTime() + (i + 1) * 3_600_000), () => 0, path.actions[i]);
          });
          expect(state.status).toBe(path.end);
        });
      }
    }
  }
});

const OFFICE_ROLES: Role[] = ["FRONT_OFFICE", "KASUBBAG_UMUM", "BACK_OFFICE", "TIM_TEKNIS", "KABID_PELAYANAN", "SEKRETARIS", "KADIS"];

/** A random but valid permit type: a main line of office steps, maybe a decision with a refusal branch, maybe returns. */
const definitions = fc
  .record({
    roles: fc.array(fc.constantFrom(...OFFICE_ROLES), { minLength: 2, maxLength: 8 }),
    minutes: fc.array(fc.integer({ min: 15, max: 960 }), { minLength: 20, maxLength: 20 }),
    decisionAt: fc.option(fc.nat(), { nil: undefined }),
    withConditions: fc.boolean(),
    refusalRoles: fc.array(fc.constantFrom(...OFFICE_ROLES), { minLength: 1, maxLength: 3 }),
    returnsAt: fc.array(fc.nat(), { maxLength: 3 }),
    assignTeam: fc.boolean(),
  })
  .map(({ roles, minutes, decisionAt, withConditions, refusalRoles, returnsAt, assignTeam }): PermitTypeDefinition => {
    const main = roles.length; // office steps 2..main+1, then the applicant's receipt
    const receiptNo = main + 2;
    const decision = decisionAt === undefined || main < 3 ? undefined : 2 + (decisionAt % (main - 2));
    const refusalStart = receiptNo + 1;
    const steps: SopStep[] = [submission(2)];
    const teamFirst = roles.indexOf("TIM_TEKNIS");
    roles.forEach((role, i) => {
      const no = i + 2;
      const last = no === main + 1;
      const signing = no === main; // the step before numbering signs
      const forward = no === decision
        ? [
            { action: "APPROVE" as const, to: { step: no + 1 } },
            ...(withConditions ? [{ action: "APPROVE_WITH_CONDITIONS" as const, to: { step: no + 1 }, requiresReasons: true }] : []),
            { action: "REJECT" as const, to: { step: refusalStart }, requiresReasons: true },
          ]
        : next(no + 1);
      const returns = returnsAt.some((r) => 2 + (r % main) === no) && role !== "TIM_TEKNIS" ? [returnTo(2)] : [];
      const assigns = assignTeam && teamFirst > i && role !== "TIM_TEKNIS" && i === 0;
      steps.push(
        step(no, `Langkah ${no}`, role, minutes[i]!, "Keluaran", [...forward, ...returns], {
          ...(i === 0 ? { produces: "RESI_PENERIMAAN" } : {}),
          ...(signing ? { signs: true } : {}),
          ...(last ? { numbers: "PERMIT", produces: "SURAT_IZIN" } : {}),
          ...(assigns ? { assignsTeam: "TIM_TEKNIS" as const } : {}),
        }),
      );
    });
    steps.push(step(receiptNo, "Surat izin diterima", "PEMOHON", 30, "Diterima", receipt("ISSUED"), { receipt: true, applicantStep: true }));
    if (decision !== undefined) {
      refusalRoles.forEach((role, i) => {
        const no = refusalStart + i;
        const last = i === refusalRoles.length - 1;
        steps.push(step(no, `Penolakan ${i + 1}`, role, minutes[10 + i]!, "Surat Penolakan", next(no + 1), last ? { numbers: "OUTGOING_LETTER", produces: "SURAT_PENOLAKAN" } : {}));
      });
      const end = refusalStart + refusalRoles.length;
      steps.push(step(end, "Surat penolakan diterima", "PEMOHON", 15, "Diterima", receipt("REJECTED"), { receipt: true, applicantStep: true }));
    }
    const sop: SopDefinition = { code: "ACAK", version: 1, title: "ACAK", permitTypeName: "Izin Acak", documentNumber: "-", legalBasis: [], steps, resubmit: { role: "PEMOHON" } };
    return {
      code: "IZIN-ACAK",
      name: "Izin Acak",
      shortName: "Acak",
      registrationPrefix: "AC",
      description: "Jenis izin acak untuk uji sifat.",
      legalBasis: ["Dasar hukum"],
      feeRupiah: 0,
      applicant: "PERSON",
      activePermitLimit: null,
      validity: { kind: "LIFETIME" },
      form: [],
      requirements: [],
      flows: { NEW: sop },
      letters: [
        receiptLetter,
        { ...permitLetter("IZIN ACAK", [["Nama", "{pemohon.nama}"]], [], []), photo: false },
        ...(decision !== undefined ? [{ ...rejectionLetter({ role: "KADIS" }), tembusan: [] }] : []),
      ],
      books: [
        { code: "PERMIT", name: "Buku izin", format: "{seq}/{year}", scope: "PERMIT_TYPE" },
        ...(decision !== undefined ? [{ code: "OUTGOING_LETTER", name: "Surat keluar", format: "{seq}/SK/{year}", scope: "OFFICE" as const }] : []),
      ],
      technicalAgency: null,
    };
  });

describe("property: random valid definitions", () => {
  it("are valid, and walk to an end status from every reachable step", () => {
    fc.assert(
      fc.property(definitions, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (def, choices) => {
        const checked = validatePermitType(def);
        expect(checked.ok ? [] : checked.problems).toEqual([]);
        const sop = def.flows.NEW;
        for (const s of sop.steps.filter((x) => x.role !== "PEMOHON" || x.no !== 1)) {
          const end = walkToEnd(sop, reach(sop, s.no), choices, 6 * sop.steps.length);
          expect(["ISSUED", "REJECTED"]).toContain(end.status);
        }
      }),
      { numRuns: 150 },
    );
  });
});
