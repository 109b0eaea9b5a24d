import * as z from 'zod';
import { holidays, legalBases, organization, seedRuns } from '../../../db/schema';
import type { Store } from '../../../db/store';
import { eq } from 'drizzle-orm';
import organizationSeed from '../../../db/seed/organization.json';
import legalBasesSeed from '../../../db/seed/legal-bases.json';
import holidays2026Seed from '../../../db/seed/holidays-2026.json';
import holidays2027Seed from '../../../db/seed/holidays-2027.json';
import { organizationInput } from '../../shared/contract/organization';
import { legalBasisFields } from '../../shared/contract/legalBases';
import { documentKindFlags } from '../modules/legalBases/legalBasisRows';
import { calendarDate, requiredText } from '../../shared/contract/fields';
import { ORGANIZATION_ROW_ID } from '../modules/organization/readOrganization';
import { checklistSeedSteps } from '../modules/checklists/seedChecklists';
import { storeIdentityStep } from '../modules/identity/storeIdentityRow';

export interface SeedStep {
  name: string;
  run(store: Store): void;
}

const holidayFile = z.object({ holidays: z.array(z.object({ date: calendarDate('fieldLabels.holidayDate'), name: requiredText('fieldLabels.holidayName') })) });

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
    /** Sample values that prefill the first-run setup; no document is issued until the user confirms or changes them. */
    name: 'organization',
    run(store) {
      const values = organizationInput.parse(organizationSeed);
      store.db.insert(organization).values({ id: ORGANIZATION_ROW_ID, ...values }).onConflictDoNothing().run();
    },
  },
  // Units are not seeded: the first-run setup offers db/seed/units.json as a list to choose from.
  {
    name: 'legal-bases',
    run(store) {
      const seeded = z.array(legalBasisFields).parse(legalBasesSeed.legalBases);
      seeded.forEach((basis, index) => {
        store.db.insert(legalBases).values({ text: basis.text, ...documentKindFlags(basis.documentKinds), sortOrder: (index + 1) * 10 }).run();
      });
    },
  },
  holidaysStep(2026, holidays2026Seed),
  holidaysStep(2027, holidays2027Seed),
  ...checklistSeedSteps,
  storeIdentityStep,
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
