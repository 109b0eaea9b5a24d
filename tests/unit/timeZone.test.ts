import { describe, expect, it } from 'vitest';
import { expectMachineZoneInEffect } from '../support/machineZone';

describe('the machine time zone the tests run in', () => {
  it('is the one the vitest project sets, and Date and Intl both use it', () => {
    expectMachineZoneInEffect();
  });

  it('is America/Los_Angeles in the main unit project, far from Vietnam’s UTC+7', ({ task }) => {
    const zoneOfProject: Record<string, string> = { unit: 'America/Los_Angeles', 'dates-hcm': 'Asia/Ho_Chi_Minh', 'dates-utc': 'UTC' };
    expect(process.env.TZ).toBe(zoneOfProject[task.file.projectName ?? 'unit']);
  });
});
