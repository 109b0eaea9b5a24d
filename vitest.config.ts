import { defineConfig } from 'vitest/config';

/**
 * Tests run with the machine clock far from Vietnam's UTC+7, so any date logic that reads the machine's
 * zone instead of Asia/Ho_Chi_Minh shows up. Set here, before any worker starts, so every worker, the web
 * hosts the tests spawn and the browser inherit it (tests/unit/timeZone.test.ts checks it is in effect).
 */
export const SUITE_TIME_ZONE = 'America/Los_Angeles';
process.env.TZ = SUITE_TIME_ZONE;

/** The date tests run again with the machine in Vietnam's own zone and in UTC. */
const DATE_TESTS = ['tests/unit/timeZone.test.ts', 'tests/unit/datesAndText.test.ts', 'tests/unit/actionsDates.test.ts', 'tests/api/actionsBoard.test.ts', 'tests/unit/reportingPeriods.test.ts', 'tests/api/homeAttention.test.ts'];

const dateProject = (name: string, zone: string) => ({
  test: { name, include: DATE_TESTS, environment: 'node' as const, testTimeout: 30_000, env: { TZ: zone } },
});

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/plainSummaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/store/**/*.test.ts', 'tests/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          env: { TZ: SUITE_TIME_ZONE },
        },
      },
      dateProject('dates-hcm', 'Asia/Ho_Chi_Minh'),
      dateProject('dates-utc', 'UTC'),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A screen settles in well under a second on a quiet machine, but CI's two cores are shared with the
          // web host, the PDF workers and Chromium; expect.poll's one-second default then fails good screens.
          expect: { poll: { timeout: 15_000 } },
          env: { TZ: SUITE_TIME_ZONE },
        },
      },
    ],
  },
});
