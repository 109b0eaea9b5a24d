import { expect } from 'vitest';

/** Minutes behind UTC on 10/07/2026 (summer time where there is one), as Date reports them. */
const OFFSETS: Record<string, number> = { 'America/Los_Angeles': 420, UTC: 0, 'Asia/Ho_Chi_Minh': -420 };

/**
 * The machine zone this test process runs in, as set by its vitest project (vitest.config.ts), after
 * checking that Date and Intl both really use it.
 */
export function expectMachineZoneInEffect(): string {
  const zone = process.env.TZ;
  expect(Object.keys(OFFSETS), 'process.env.TZ').toContain(zone);
  // ICU reports its canonical name (Asia/Saigon for Asia/Ho_Chi_Minh).
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(Intl.DateTimeFormat(undefined, { timeZone: zone }).resolvedOptions().timeZone);
  expect(new Date('2026-07-10T12:00:00Z').getTimezoneOffset()).toBe(OFFSETS[zone!]);
  return zone!;
}
