import { describe, expect, it } from 'vitest';

/** Minutes behind UTC on 10/07/2026 (summer time where there is one), as Date reports them. */
const offsets: Record<string, number> = { 'America/Los_Angeles': 420, UTC: 0, 'Asia/Ho_Chi_Minh': -420 };

describe('the machine time zone the tests run in', () => {
  it('is the one the vitest project sets, and Date and Intl both use it', () => {
    const zone = process.env.TZ;
    expect(Object.keys(offsets)).toContain(zone);
    // ICU reports its canonical name (Asia/Saigon for Asia/Ho_Chi_Minh).
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(Intl.DateTimeFormat(undefined, { timeZone: zone }).resolvedOptions().timeZone);
    expect(new Date('2026-07-10T12:00:00Z').getTimezoneOffset()).toBe(offsets[zone!]);
  });

  it('is America/Los_Angeles in the main unit project, far from Vietnam’s UTC+7', ({ task }) => {
    if (task.file.projectName === 'unit') expect(process.env.TZ).toBe('America/Los_Angeles');
    else expect(['dates-hcm', 'dates-utc']).toContain(task.file.projectName);
  });
});
