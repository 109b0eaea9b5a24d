import { performance } from 'node:perf_hooks';
import { startTestBackend } from '../../support/tempBackend';
import { summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';

const bench: BenchCase = {
  name: 'API: units.list and units.update through the dispatcher (synchronous=FULL)',
  async run() {
    const backend = await startTestBackend();
    const [unit] = await backend.call('units.list', {});
    const reads: number[] = [];
    const writes: number[] = [];
    for (let i = 0; i < 300; i++) {
      let start = performance.now();
      await backend.dispatch('units.list', {});
      reads.push(performance.now() - start);
      start = performance.now();
      await backend.dispatch('units.update', { id: unit!.id, shortName: `VP ${i}` });
      writes.push(performance.now() - start);
    }
    backend.close();
    const r = summarise(reads);
    const w = summarise(writes);
    return { 'units.list median ms': r.medianMs, 'units.list p95 ms': r.p95Ms, 'units.update median ms': w.medianMs, 'units.update p95 ms': w.p95Ms };
  },
};
export default bench;
