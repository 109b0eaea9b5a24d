import * as z from 'zod';
import unitsSeed from '../../../../db/seed/units.json';
import { unitCategories } from '../../../shared/contract/units';
import type { UnitTemplateRow } from '../../../shared/contract/setup';

const templateFile = z.object({
  units: z.array(
    z.object({ code: z.string(), name: z.string(), shortName: z.string(), category: z.enum(unitCategories), isoApplying: z.boolean(), preselected: z.boolean() }),
  ),
});

/** The typical units of a ward after the 2025 reorganisation, offered (not imposed) by the first-run setup. */
export function unitTemplate(): UnitTemplateRow[] {
  return templateFile.parse(unitsSeed).units;
}
