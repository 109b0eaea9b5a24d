import type { ApiError } from '../../shared/contract';

/** One task for a worker; each worker runs one at a time, so its next answer is this task's. */
export interface WorkerRequest {
  task: string;
  payload: unknown;
}

/** A refusal (AppError) crosses as its API error, so the user reads the same message as on the API thread. */
export type WorkerResponse = { ok: true; value: unknown } | { ok: false; message: string; refusal?: ApiError };
