import { performance } from 'node:perf_hooks';

/** One benchmark: it prints its own figures; `npm run bench` runs every case in tests/bench/cases. */
export interface BenchCase {
  name: string;
  run(): Promise<Record<string, string | number>>;
}

export function summarise(samplesMs: number[]): { medianMs: number; p95Ms: number; maxMs: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted[sorted.length - 1] ?? 0) };
}

/** Times `runs` calls, one after the other. */
export async function sampleMs(runs: number, call: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Times the app and its reference in turn, `runs` times each: on a shared machine a burst of load then
 * falls on both alike instead of on one block of samples.
 */
export async function sampleInTurn(runs: number, app: () => unknown, reference: () => unknown): Promise<{ app: number[]; reference: number[] }> {
  const samples = { app: [] as number[], reference: [] as number[] };
  for (let i = 0; i < runs; i++) {
    samples.app.push(...(await sampleMs(1, app)));
    samples.reference.push(...(await sampleMs(1, reference)));
  }
  return samples;
}

/**
 * One row of a side-by-side figure: the app's min and median, the reference's (measured in the same
 * run), and the ratio of the medians.
 */
export function sideBySide(app: number[], reference: number[]): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  const minOf = (samples: number[]) => round(Math.min(...samples));
  const a = summarise(app).medianMs;
  const r = summarise(reference).medianMs;
  return `app min ${minOf(app)} / median ${a} ms; reference min ${minOf(reference)} / median ${r} ms; ratio ${round(a / r)}x (${app.length} and ${reference.length} runs)`;
}

/** Runs a call `runs` times one after another and summarises the times. */
export async function timed(runs: number, call: () => Promise<unknown>): Promise<ReturnType<typeof summarise>> {
  return summarise(await sampleMs(runs, call));
}

/**
 * Like `sampleInTurn`, but each sample is the CPU time this process spent (user + system), not the wall
 * clock: on a machine other jobs load, it still says how much work the app and its reference each take.
 * Only for work done in this process (worker threads included); not for work in another process.
 */
export async function sampleCpuInTurn(runs: number, app: () => unknown, reference: () => unknown): Promise<{ app: number[]; reference: number[] }> {
  const cpuMs = async (call: () => unknown) => {
    const start = process.cpuUsage();
    await call();
    const spent = process.cpuUsage(start);
    return (spent.user + spent.system) / 1000;
  };
  const samples = { app: [] as number[], reference: [] as number[] };
  for (let i = 0; i < runs; i++) {
    samples.app.push(await cpuMs(app));
    samples.reference.push(await cpuMs(reference));
  }
  return samples;
}
