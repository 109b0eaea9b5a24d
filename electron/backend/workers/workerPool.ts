import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { localize } from '../../shared/i18n/catalog';
import { AppError, text } from '../api/errors';
import type { WorkerRequest, WorkerResponse } from './workerMessages';
import type { backupHelperTasks } from './backupHelperTasks';
import type { workerTasks } from './workerTasks';

/** A task that failed inside its worker, or whose worker died. */
export class WorkerTaskError extends Error {}

/** The tasks a worker's entry serves, by name (serveTasks). */
type TaskMap = Record<string, (payload: never) => unknown>;

export interface WorkerPool<Tasks extends TaskMap = typeof workerTasks> {
  /** Runs a named task on a worker thread; the payload and the result cross by structured clone. */
  run<Name extends keyof Tasks & string>(task: Name, payload: Parameters<Tasks[Name]>[0]): Promise<Awaited<ReturnType<Tasks[Name]>>>;
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  /** The worker's main file: by default the bundled worker.cjs, or workerEntry.ts when running from source. */
  entry?: string;
  /** At most this many threads; the machines this runs on have two cores. */
  size?: number;
  /** A task that needs more heap than this (a crafted file, say) ends its own thread, not the app. */
  maxHeapMegabytes?: number;
}

interface Job {
  request: WorkerRequest;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** Bundled, this module lives in dist/electron beside `<name>.cjs`; from source, beside `<name>Entry.ts`. */
function workerEntryNamed(name: string): string {
  const here = fileURLToPath(import.meta.url);
  return path.join(path.dirname(here), here.endsWith('.cjs') ? `${name}.cjs` : `${name}Entry.ts`);
}

/** From source (tests, the web host under tsx) the entry is TypeScript, so the thread first loads tsx's loader. */
function startWorker(entry: string, maxHeapMegabytes: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMegabytes };
  if (!entry.endsWith('.ts')) return new Worker(entry, { resourceLimits });
  const require = createRequire(import.meta.url);
  const tsxPackage = require.resolve('tsx/package.json');
  const { exports } = JSON.parse(fs.readFileSync(tsxPackage, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const tsxApi = pathToFileURL(path.join(path.dirname(tsxPackage), exports['./esm/api']!.import.default)).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

/** A small pool of worker threads, started when first needed; idle threads do not keep the process alive. */
export function createWorkerPool<Tasks extends TaskMap = typeof workerTasks>({ entry = workerEntryNamed('worker'), size = 2, maxHeapMegabytes = 1024 }: WorkerPoolOptions = {}): WorkerPool<Tasks> {
  const workers = new Set<Worker>();
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  const queue: Job[] = [];

  const retire = (worker: Worker, error: Error) => {
    if (!workers.delete(worker)) return;
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    const job = running.get(worker);
    running.delete(worker);
    job?.reject(error);
    void worker.terminate();
    pump();
  };

  const spawn = (): Worker => {
    const worker = startWorker(entry, maxHeapMegabytes);
    workers.add(worker);
    worker.on('message', (response: WorkerResponse) => {
      const job = running.get(worker);
      running.delete(worker);
      worker.unref();
      idle.push(worker);
      if (job) {
        if (response.ok) job.resolve(response.value);
        else job.reject(response.refusal ? AppError.from(response.refusal) : new WorkerTaskError(response.message));
      }
      pump();
    });
    worker.on('error', (error) => retire(worker, new WorkerTaskError(error.message)));
    worker.on('exit', (code) => retire(worker, new WorkerTaskError(localize(text('store.workerExited', { code })))));
    return worker;
  };

  function pump() {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (workers.size < size ? spawn() : undefined);
      if (!worker) return;
      const job = queue.shift()!;
      try {
        worker.ref();
        worker.postMessage(job.request);
        running.set(worker, job);
      } catch (error) {
        worker.unref();
        idle.push(worker);
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  return {
    run: (task, payload) =>
      new Promise<never>((resolve, reject) => {
        queue.push({ request: { task, payload }, resolve: resolve as (value: unknown) => void, reject });
        pump();
      }),
    async close() {
      for (const job of queue.splice(0)) job.reject(new WorkerTaskError(localize(text('store.workerClosed'))));
      const all = [...workers];
      workers.clear();
      idle.length = 0;
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}

/** The back end's pool, shared by every task that must not run on the thread answering the UI. */
export const backgroundWork = createWorkerPool();

/**
 * One thread for everything that talks to a token's PKCS#11 driver: a driver's state is global to
 * the process (C_Initialize, logins), and some drivers crash when two threads initialise them, so
 * the driver is loaded once, on this thread only.
 */
export const tokenWork = createWorkerPool({ size: 1 });

/** The threads a backup hands its hashing and its store check to, beside the one writing the zip (writeBackup). */
export const backupHelpers = createWorkerPool<typeof backupHelperTasks>({ entry: workerEntryNamed('backupHelper') });
