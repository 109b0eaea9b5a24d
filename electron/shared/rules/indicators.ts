import type { Comparator } from '../contract/vocabulary';

/** Whether a measured value meets a numeric indicator's target (e.g. 3.6: > 99%). */
export function indicatorMet(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '=':
      return value === threshold;
  }
}

export const comparatorSymbols: Record<Comparator, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', '=': '=' };
