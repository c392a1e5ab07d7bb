/**
 * For tests that check how work grows with input (linear, not quadratic): the processor time one call takes, best
 * of `runs`, in milliseconds. Processor time, not wall time: on a shared machine other jobs stretch the wall time of
 * one call and not the other, and a ratio of wall times then fails for reasons that are not the code's. Test files
 * run in processes of their own (Vitest's `forks` pool), so the process's time is this file's. Where the runtime has
 * no `process.cpuUsage` (a browser), it falls back to wall time.
 */
const cpuUsage = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process
  ?.cpuUsage;

function nowMs(): number {
  if (!cpuUsage) return performance.now();
  const { user, system } = cpuUsage();
  return (user + system) / 1000;
}

export function bestCpuMs(run: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = nowMs();
    run();
    best = Math.min(best, nowMs() - started);
  }
  return best;
}
