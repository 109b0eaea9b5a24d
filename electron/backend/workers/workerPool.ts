import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { localize } from '../../shared/i18n/catalog';
import { AppError, text } from '../api/errors';
import type { WorkerRequest, WorkerResponse } from './workerMessages';
import type { WorkerTaskName, WorkerTaskPayload, WorkerTaskResult } from './workerTasks';

/** A task that failed inside its worker, or whose worker died. */
export class WorkerTaskError extends Error {}

export interface WorkerPool {
  /** Runs a named task on a worker thread; the payload and the result cross by structured clone. */
  run<Name extends WorkerTaskName>(task: Name, payload: WorkerTaskPayload<Name>): Promise<WorkerTaskResult<Name>>;
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  /** The worker's main file: the bundled worker.cjs, or workerEntry.ts when running from source. */
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

/** Bundled, this module lives in dist/electron/main.cjs beside worker.cjs; from source, beside workerEntry.ts. */
function defaultWorkerEntry(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.cjs') ? path.join(path.dirname(here), 'worker.cjs') : path.join(path.dirname(here), 'workerEntry.ts');
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
export function createWorkerPool({ entry = defaultWorkerEntry(), size = 2, maxHeapMegabytes = 1024 }: WorkerPoolOptions = {}): WorkerPool {
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
      new Promise((resolve, reject) => {
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
