import { z } from 'zod';
import { holidays, organization, seedRuns, units } from '../../../db/schema';
import type { Store } from '../../../db/store';
import { eq } from 'drizzle-orm';
import organizationSeed from '../../../db/seed/organization.json';
import unitsSeed from '../../../db/seed/units.json';
import holidays2026Seed from '../../../db/seed/holidays-2026.json';
import holidays2027Seed from '../../../db/seed/holidays-2027.json';
import { organizationInput } from '../../shared/contract/organization';
import { unitFields } from '../../shared/contract/units';
import { calendarDate, requiredText } from '../../shared/contract/fields';
import { ORGANIZATION_ROW_ID } from '../modules/organization/readOrganization';
import { checklistSeedSteps } from '../modules/checklists/seedChecklists';

export interface SeedStep {
  name: string;
  run(store: Store): void;
}

const holidayFile = z.object({ holidays: z.array(z.object({ date: calendarDate('Ngày nghỉ'), name: requiredText('Tên ngày nghỉ') })) });

/** One year's public holidays; each year is its own step, so a later year's file seeds stores made before it. */
function holidaysStep(year: number, file: unknown): SeedStep {
  return {
    name: `holidays-${year}`,
    run(store) {
      for (const holiday of holidayFile.parse(file).holidays) {
        store.db.insert(holidays).values(holiday).onConflictDoNothing().run();
      }
    },
  };
}

export const builtInSeedSteps: SeedStep[] = [
  {
    name: 'organization',
    run(store) {
      const values = organizationInput.parse(organizationSeed);
      store.db.insert(organization).values({ id: ORGANIZATION_ROW_ID, ...values }).onConflictDoNothing().run();
    },
  },
  {
    name: 'units',
    run(store) {
      const seeded = z.array(unitFields).parse(unitsSeed.units);
      seeded.forEach((unit, index) => {
        store.db.insert(units).values({ ...unit, sortOrder: (index + 1) * 10 }).onConflictDoNothing().run();
      });
    },
  },
  holidaysStep(2026, holidays2026Seed),
  holidaysStep(2027, holidays2027Seed),
  ...checklistSeedSteps,
];

/** Runs each step the store has not seen, each in its own transaction. Returns the steps that ran. */
export function seedDefaults(store: Store, steps: SeedStep[] = builtInSeedSteps): string[] {
  const ran: string[] = [];
  for (const step of steps) {
    store.sqlite
      .transaction(() => {
        if (store.db.select().from(seedRuns).where(eq(seedRuns.step, step.name)).get()) return;
        step.run(store);
        store.db.insert(seedRuns).values({ step: step.name }).run();
        ran.push(step.name);
      })
      .immediate();
  }
  return ran;
}
