import { setTimeout as sleep } from "node:timers/promises";
import type { Db } from "@perizinan/db";
import type { ConfiguredChannels } from "../channels/types";
import { deliverDue, type DeliveryOptions, type PassResult } from "./deliver";

export interface WorkerOptions extends DeliveryOptions {
  pollMs: number;
  signal: AbortSignal;
  /** Runs once per pass before delivery (the scheduler's duties); its failure is logged, not fatal. */
  beforePass?: () => Promise<void>;
  log?: (line: string) => void;
}

/**
 * The worker's loop: passes back to back while there is work, a pause of `pollMs` when a pass
 * found less than a full batch. A failing pass (the database restarting) is logged and retried
 * after the pause; the loop ends when `signal` aborts, after the pass in hand.
 */
export async function runWorker(db: Db, channels: ConfiguredChannels, options: WorkerOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  while (!options.signal.aborted) {
    let result: PassResult | null = null;
    try {
      await options.beforePass?.();
    } catch (error) {
      // The clock's sweep failing (a damaged setting, a query error) must not stop delivery.
      log(`[pemberitahuan] ${options.worker}: pemeriksaan jam SOP gagal: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      result = await deliverDue(db, channels, options);
      if (result.claimed + result.parked > 0) log(`[pemberitahuan] ${options.worker}: terkirim ${result.sent}, gagal ${result.failed}, menunggu kanal ${result.parked}`);
    } catch (error) {
      log(`[pemberitahuan] ${options.worker}: putaran gagal: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (result && result.claimed >= options.batchSize) continue;
    try {
      await sleep(options.pollMs, undefined, { signal: options.signal });
    } catch {
      break;
    }
  }
}
