import type { ApiError, ApiResult } from '../../../../../electron/shared/contract';
import type { ResponseView, SaveResponseInput } from '../../../../../electron/shared/contract/audits';
import type { AnswerPatch } from '../../../../../electron/shared/rules/answers';

export interface SaveStatus {
  /** Changes typed but not yet acknowledged as committed. */
  pending: number;
  /** The last attempt could not reach the store; it is being retried. */
  retrying: boolean;
  lastSavedAt: Date | null;
}

export interface SaveQueueListener {
  /** The store committed this change; `settled` is true when no later change to the item is waiting. */
  onSaved(itemId: string, response: ResponseView, settled: boolean): void;
  /** The store refused the change (bad value, closed audit): it is dropped. */
  onRefused(itemId: string, error: ApiError): void;
  onStatus(status: SaveStatus): void;
}

interface Entry {
  itemId: string;
  patch: AnswerPatch;
}

/**
 * Only an unreachable back end says nothing about the change itself: the same change is tried again.
 * INTERNAL is a bug that would fail the same way each time; retrying it would stall every later answer.
 */
const retriable = (error: ApiError) => error.code === 'UNAVAILABLE';

/**
 * Sends answer changes one at a time, in the order they were made, each acknowledged only once the
 * store has committed it. Changes to the same item waiting behind the one in flight are merged.
 * Unreachable store: the change stays at the head of the queue and is retried with a growing delay.
 */
export class AnswerSaveQueue {
  private readonly waiting: Entry[] = [];
  private inFlight: Entry | null = null;
  private retrying = false;
  private lastSavedAt: Date | null = null;
  private attempt = 0;
  private stopped = false;

  constructor(
    private readonly auditId: string,
    private readonly send: (input: SaveResponseInput) => Promise<ApiResult<ResponseView>>,
    private readonly listener: SaveQueueListener,
    private readonly retryDelaysMs: readonly number[] = [500, 1000, 2000, 4000, 8000],
  ) {}

  enqueue(itemId: string, patch: AnswerPatch): void {
    const queued = this.waiting.find((entry) => entry.itemId === itemId);
    if (queued) queued.patch = { ...queued.patch, ...patch };
    else this.waiting.push({ itemId, patch });
    this.report();
    void this.pump();
  }

  /** What is still to be saved for an item, to lay over its last committed answer. */
  unsaved(itemId: string): AnswerPatch {
    return [this.inFlight, ...this.waiting].filter((entry) => entry?.itemId === itemId).reduce((merged, entry) => ({ ...merged, ...entry!.patch }), {});
  }

  get status(): SaveStatus {
    return { pending: this.waiting.length + (this.inFlight ? 1 : 0), retrying: this.retrying, lastSavedAt: this.lastSavedAt };
  }

  stop(): void {
    this.stopped = true;
  }

  private report(): void {
    this.listener.onStatus(this.status);
  }

  private async pump(): Promise<void> {
    if (this.inFlight || this.stopped) return;
    const entry = this.waiting.shift();
    if (!entry) return;
    this.inFlight = entry;
    const result = await this.send({ auditId: this.auditId, itemId: entry.itemId, ...entry.patch });
    if (this.stopped) return;
    this.inFlight = null;
    if (result.ok) {
      this.attempt = 0;
      this.retrying = false;
      this.lastSavedAt = new Date();
      this.listener.onSaved(entry.itemId, result.value, !this.waiting.some((waiting) => waiting.itemId === entry.itemId));
    } else if (retriable(result.error)) {
      this.retrying = true;
      this.requeue(entry);
      const delay = this.retryDelaysMs[Math.min(this.attempt++, this.retryDelaysMs.length - 1)] ?? 1000;
      this.report();
      setTimeout(() => void this.pump(), delay);
      return;
    } else {
      this.listener.onRefused(entry.itemId, result.error);
    }
    this.report();
    void this.pump();
  }

  /** Back at the head; a newer change to the same item already waiting is laid over it. */
  private requeue(entry: Entry): void {
    const newer = this.waiting.findIndex((waiting) => waiting.itemId === entry.itemId);
    if (newer >= 0) {
      const [later] = this.waiting.splice(newer, 1);
      entry.patch = { ...entry.patch, ...later!.patch };
    }
    this.waiting.unshift(entry);
  }
}
