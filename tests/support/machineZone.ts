/** Zones around the world with their offset (minutes behind UTC, as Date reports it) on 10/03/2026. */
export const MACHINE_ZONES: readonly (readonly [zone: string, offsetOn10March2026: number])[] = [
  ['UTC', 0],
  ['America/Los_Angeles', 420], // summer time from 08/03/2026
  ['Pacific/Kiritimati', -840],
  ['Pacific/Pago_Pago', 660],
  ['Asia/Ho_Chi_Minh', -420],
];

/**
 * Runs fn with the machine clock in zone (Node applies a change of process.env.TZ at once), after
 * checking that Date really moved to it, and puts the zone back afterwards. fn should import the code
 * under test afresh (vi.resetModules, then import()): an Intl formatter made at import keeps the zone
 * it was made in.
 */
export async function inMachineZone<T>(zone: string, offset: number, fn: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    if (new Date('2026-03-10T12:00:00Z').getTimezoneOffset() !== offset) throw new Error(`the machine zone did not change to ${zone}`);
    return await fn();
  } finally {
    process.env.TZ = before;
  }
}
