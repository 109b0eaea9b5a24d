let tail: Promise<unknown> = Promise.resolve();

/**
 * Issuing and signing render a PDF between reading the next number (or the newest file) and
 * recording the result; running them one at a time keeps two requests from taking the same number
 * or signing the same file version. Other requests are not held up.
 */
export function runSerially<T>(work: () => Promise<T>): Promise<T> {
  const result = tail.then(work, work);
  tail = result.catch(() => undefined);
  return result;
}
