import type { WorkerTaskName } from './workerTasks';

/** One task for a worker; each worker runs one at a time, so its next answer is this task's. */
export interface WorkerRequest {
  task: WorkerTaskName;
  payload: unknown;
}

export type WorkerResponse = { ok: true; value: unknown } | { ok: false; message: string };
