import type { SelectedUnit } from './selectUnits';

/**
 * CCHC and ISO visits woven together in proportion, so both kinds run through the whole year:
 * each list's k-th item has the ideal place (k + 0.5) / length, and the earlier ideal goes first.
 */
export function interleave(cchc: SelectedUnit[], iso: SelectedUnit[]): SelectedUnit[] {
  const merged: SelectedUnit[] = [];
  let c = 0;
  let i = 0;
  while (c < cchc.length || i < iso.length) {
    const cchcPlace = c < cchc.length ? (c + 0.5) / cchc.length : Infinity;
    const isoPlace = i < iso.length ? (i + 0.5) / iso.length : Infinity;
    if (cchcPlace <= isoPlace) merged.push(cchc[c++]!);
    else merged.push(iso[i++]!);
  }
  return merged;
}

/** The working day the i-th of n visits aims for: evenly spaced, several a day only when n exceeds the days. */
export function idealDayIndex(i: number, visitCount: number, dayCount: number): number {
  return visitCount <= dayCount ? Math.floor(((i + 0.5) * dayCount) / visitCount) : Math.floor((i * dayCount) / visitCount);
}

/** Day indexes by distance from the ideal one (the later day first on a tie), for when the ideal day is full. */
export function* daysNearest(ideal: number, dayCount: number): Generator<number> {
  yield ideal;
  for (let distance = 1; distance < dayCount; distance++) {
    if (ideal + distance < dayCount) yield ideal + distance;
    if (ideal - distance >= 0) yield ideal - distance;
  }
}
