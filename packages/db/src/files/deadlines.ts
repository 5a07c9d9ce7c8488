import { sopDefinitionSchema, stateFromJSON } from "@perizinan/domain";
import type { Prisma } from "../generated/prisma/client";
import { stepDeadlines } from "./apply-command";
import { loadCalendar } from "./calendar";

/**
 * Recomputes the stored due and at-risk moments of every open file of an office from its state
 * and the calendar as it is now — after a holiday is added late (cuti bersama often is) or
 * removed. Run it in the same transaction as the calendar change.
 */
export async function recomputeOpenDeadlines(tx: Prisma.TransactionClient, officeId: string): Promise<number> {
  const calendar = await loadCalendar(tx, officeId);
  const files = await tx.application.findMany({
    where: { officeId, status: "IN_PROGRESS" },
    select: { id: true, state: true, sopVersionId: true, sopVersion: { select: { definition: true } } },
  });
  const sops = new Map<string, ReturnType<typeof sopDefinitionSchema.parse>>();
  for (const file of files) {
    const sop = sops.get(file.sopVersionId) ?? sopDefinitionSchema.parse(file.sopVersion.definition);
    sops.set(file.sopVersionId, sop);
    await tx.application.update({ where: { id: file.id }, data: stepDeadlines(sop, calendar, stateFromJSON(file.state)) });
  }
  return files.length;
}
