import { sopDefinitionSchema, stateFromJSON, transition, type Actor, type Command, type FileEvent, type FileState } from "@perizinan/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { loadCalendar } from "./calendar";
import { persistTransition, StaleVersionError } from "./persist-transition";

export type ApplyCommandRefusal = {
  ok: false;
  code: "NOT_FOUND" | "STALE_VERSION" | "FORBIDDEN" | "ILLEGAL_ACTION" | "INVALID_INPUT";
  message: string;
};
export type ApplyCommandResult = { ok: true; state: FileState; event: FileEvent; version: number } | ApplyCommandRefusal;

export const STALE_VERSION_MESSAGE =
  "Berkas ini baru saja diproses oleh orang lain. Muat ulang halaman untuk melihat keadaan terbarunya; tidak ada yang diubah.";

export interface ApplyCommandInput {
  applicationId: string;
  expectedVersion: number;
  command: Command;
  actor: Actor;
  at?: Date;
  data?: Record<string, unknown>;
  columns?: { registrationNumber?: string };
}

/**
 * Records history that is not a person's action today: the demo office's files (seed) and the
 * benchmark's synthetic years. It decides and persists exactly as the use cases' changeFile does
 * (the domain's transition, persistTransition) but carries out no effects — no numbers, no
 * letters. People's changes go through `changeFile` in @perizinan/usecases.
 */
export async function applyCommand(db: Db, input: ApplyCommandInput): Promise<ApplyCommandResult> {
  const at = input.at ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const file = await tx.application.findUnique({ where: { id: input.applicationId }, include: { sopVersion: true, events: { orderBy: { seq: "asc" } } } });
      if (!file) return { ok: false as const, code: "NOT_FOUND" as const, message: "Berkas tidak ditemukan." };
      if (file.version !== input.expectedVersion) return { ok: false as const, code: "STALE_VERSION" as const, message: STALE_VERSION_MESSAGE };
      const sop = sopDefinitionSchema.parse(file.sopVersion.definition);
      const result = transition(sop, stateFromJSON(file.state), input.command, input.actor, at);
      if (!result.ok) return result;
      const calendar = await loadCalendar(tx, file.officeId);
      const { version } = await persistTransition(tx, { file, sop, calendar, state: result.state, event: result.event, ...(input.data ? { data: input.data } : {}), ...(input.columns ? { columns: input.columns } : {}) });
      return { ok: true as const, state: result.state, event: result.event, version };
    }, { maxWait: 15_000, timeout: 60_000 });
  } catch (error) {
    if (error instanceof StaleVersionError) return { ok: false, code: "STALE_VERSION", message: STALE_VERSION_MESSAGE };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, code: "STALE_VERSION", message: STALE_VERSION_MESSAGE };
    throw error;
  }
}
