import { AppError, text } from '../../api/errors';

/**
 * A backup's or restore's progress and its cancel request, in memory shared between the thread answering the
 * UI and the worker doing the work: the worker adds files and bytes as they pass and checks the cancel flag
 * at every chunk; the API thread reads the counters when the UI asks and sets the flag when the user cancels.
 */
const FILES_DONE = 0;
const FILES_TOTAL = 1;
const BYTES_DONE = 2;
const BYTES_TOTAL = 3;
const CANCELLED = 4;
const SLOTS = 5;

export const newProgressMemory = () => new SharedArrayBuffer(SLOTS * Float64Array.BYTES_PER_ELEMENT);

export interface ProgressFigures {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  cancelRequested: boolean;
}

export function readProgress(memory: SharedArrayBuffer): ProgressFigures {
  const view = new Float64Array(memory);
  return { filesDone: view[FILES_DONE]!, filesTotal: view[FILES_TOTAL]!, bytesDone: view[BYTES_DONE]!, bytesTotal: view[BYTES_TOTAL]!, cancelRequested: view[CANCELLED] === 1 };
}

export function requestCancel(memory: SharedArrayBuffer): void {
  new Float64Array(memory)[CANCELLED] = 1;
}

/** The worker's side. Without shared memory (a caller that shows no progress) it counts nothing and is never cancelled. */
export class ProgressReporter {
  private readonly view: Float64Array | null;

  constructor(memory?: SharedArrayBuffer) {
    this.view = memory ? new Float64Array(memory) : null;
  }

  /** A new pass over the parts (writing, then verifying): the counters start again from these totals. */
  begin(filesTotal: number, bytesTotal: number): void {
    if (!this.view) return;
    this.view[FILES_DONE] = 0;
    this.view[BYTES_DONE] = 0;
    this.view[FILES_TOTAL] = filesTotal;
    this.view[BYTES_TOTAL] = bytesTotal;
  }

  bytes(count: number): void {
    this.throwIfCancelled();
    if (this.view) this.view[BYTES_DONE] = this.view[BYTES_DONE]! + count;
  }

  file(): void {
    if (this.view) this.view[FILES_DONE] = this.view[FILES_DONE]! + 1;
  }

  throwIfCancelled(): void {
    if (this.view?.[CANCELLED] === 1) throw new AppError('CONFLICT', text('errors.backup.cancelled'));
  }
}
