/** Runs `work` `n` times after a short warm-up and returns each run's milliseconds. */
export async function timed(n: number, work: () => unknown): Promise<number[]> {
  for (let i = 0; i < Math.min(10, n); i++) await work();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await work();
    ms.push(performance.now() - t0);
  }
  return ms;
}

export function percentile(ms: readonly number[], p: number): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const summary = (ms: readonly number[]) => `p50 ${percentile(ms, 50).toFixed(3)} ms · p95 ${percentile(ms, 95).toFixed(3)} ms`;
