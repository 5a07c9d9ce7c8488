import type { Db } from "@perizinan/db";
import { sweepStepClocks, writeDailyDigests } from "@perizinan/usecases";

/**
 * The scheduler's duties, run from the worker's loop at most once every `everyMs`: the SOP's
 * clock (at risk, overdue, escalation) and the morning digests. Both write to the outbox in
 * their own transactions and are safe to run from several workers at once.
 */
export function clockDuties(db: Db, options: { everyMs: number; now?: () => Date; log?: (line: string) => void }): () => Promise<void> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.log(line));
  let last = Number.NEGATIVE_INFINITY;
  return async () => {
    const at = now();
    if (at.getTime() - last < options.everyMs) return;
    last = at.getTime();
    const sweep = await sweepStepClocks(db, at);
    const digests = await writeDailyDigests(db, at);
    if (sweep.written + digests > 0) log(`[pemberitahuan] jam SOP: ${sweep.looked} langkah diperiksa, ${sweep.written + digests} pesan ditulis`);
  };
}
