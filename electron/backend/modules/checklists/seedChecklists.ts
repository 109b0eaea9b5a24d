import { eq } from 'drizzle-orm';
import * as z from 'zod';
import cchc2026Seed from '../../../../db/seed/checklists/cchc-2026.json';
import iso9001Seed from '../../../../db/seed/checklists/iso-9001-2015.json';
import tthcReviewSeed from '../../../../db/seed/checklists/tthc-procedure-review.json';
import { checklistTemplates } from '../../../../db/schema';
import { itemFields, sectionFields, templateFields } from '../../../shared/contract/checklists';
import { requiredText, year } from '../../../shared/contract/fields';
import type { SeedStep } from '../../seed/seedDefaults';
import { publishDraft } from './publishVersion';
import { insertTemplateWithDraft } from './versionContent';

/** The reviewed data file of a built-in checklist: the template, its year and its content. */
export const builtInChecklistFile = templateFields.extend({
  source: requiredText('fieldLabels.source', 2000, 'multi'),
  year: year.nullable(),
  sections: z.array(sectionFields.extend({ items: z.array(itemFields).min(1) })).min(1),
});

/** Shown as "published by" on the built-in versions. */
export const BUILT_IN_PUBLISHER = 'Dữ liệu dựng sẵn của ứng dụng';

function builtInChecklistStep(name: string, file: unknown): SeedStep {
  return {
    name,
    run(store) {
      const { source: _source, year: versionYear, sections, ...template } = builtInChecklistFile.parse(file);
      // A template the user already made with this code is theirs: leave it untouched.
      if (store.db.select({ id: checklistTemplates.id }).from(checklistTemplates).where(eq(checklistTemplates.code, template.code)).get()) return;
      const content = sections.map((section) => ({ ...section, items: section.items.map((item) => ({ ...item, retired: false })) }));
      const { versionId } = insertTemplateWithDraft(store.db, { ...template, builtIn: true }, versionYear, content);
      publishDraft(store.db, versionId, new Date().toISOString(), BUILT_IN_PUBLISHER);
    },
  };
}

export const checklistSeedSteps: SeedStep[] = [
  builtInChecklistStep('checklist-iso-9001-2015', iso9001Seed),
  builtInChecklistStep('checklist-tthc-procedure-review', tthcReviewSeed),
  builtInChecklistStep('checklist-cchc-2026', cchc2026Seed),
];
