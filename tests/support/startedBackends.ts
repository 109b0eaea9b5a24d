import { afterEach } from 'vitest';
import { startTestBackend } from './tempBackend';
import type { TestBackend } from './tempBackend';

/** A real 1×1 PNG, as evidence. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');

/**
 * For tests with several stores (two laptops, a store reopened): `start` opens one, every one still open
 * is closed after each test, and `forget` drops those a test closed itself.
 */
export function startedBackends() {
  let open: TestBackend[] = [];
  afterEach(() => {
    for (const backend of open) backend.close();
    open = [];
  });
  return {
    async start(options: Parameters<typeof startTestBackend>[0] = {}): Promise<TestBackend> {
      const backend = await startTestBackend(options);
      open.push(backend);
      return backend;
    },
    forget(): void {
      open = [];
    },
  };
}
