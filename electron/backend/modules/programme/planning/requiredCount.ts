/** At least percent% of total, rounded up: 25% of 5 units is 2. The epsilon keeps 25% of 4 at exactly 1. */
export function requiredCount(percent: number, total: number): number {
  return Math.max(0, Math.ceil((percent * total) / 100 - 1e-9));
}
