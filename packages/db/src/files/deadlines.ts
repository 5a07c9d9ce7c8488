import { sopDefinitionSchema, stateFromJSON, stepDeadlines } from "@perizinan/domain";
import type { Prisma } from "../generated/prisma/client";
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
    select: { id: true, state: true, sopVersionId: true },
  });
  // Each SOP version read once, not copied onto every open file's row.
  const versions = await tx.sopVersion.findMany({ where: { id: { in: [...new Set(files.map((f) => f.sopVersionId))] } }, select: { id: true, definition: true } });
  const sops = new Map(versions.map((v) => [v.id, sopDefinitionSchema.parse(v.definition)]));
  for (const file of files) {
    const sop = sops.get(file.sopVersionId);
    if (!sop) continue;
    await tx.application.update({ where: { id: file.id }, data: stepDeadlines(sop, calendar, stateFromJSON(file.state)) });
  }
  return files.length;
}
