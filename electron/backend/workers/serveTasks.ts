import { parentPort } from 'node:worker_threads';
import { AppError } from '../api/errors';
import type { WorkerRequest, WorkerResponse } from './workerMessages';

/** A worker thread's main: runs each named task it is sent and answers with its result or its error. */
export function serveTasks(tasks: Record<string, (payload: never) => unknown>): void {
  const port = parentPort;
  if (!port) throw new Error('a worker entry runs only inside a worker thread');
  port.on('message', async ({ task, payload }: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      const run = tasks[task] as (payload: unknown) => unknown;
      response = { ok: true, value: await run(payload) };
    } catch (error) {
      if (error instanceof AppError) response = { ok: false, message: error.message, refusal: error.toApiError() };
      else response = { ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(response);
  });
}
