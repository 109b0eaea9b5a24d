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

/** Runs a call `runs` times one after another and summarises the times. */
export async function timed(runs: number, call: () => Promise<unknown>): Promise<ReturnType<typeof summarise>> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}
