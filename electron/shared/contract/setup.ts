import * as z from 'zod';
import { command, query } from './define';
import { organizationInput } from './organization';
import type { OrganizationView } from './organization';
import type { UnitCategory } from './units';

/** One row of the typical list of a ward's units after the 2025 reorganisation (db/seed/units.json). */
export interface UnitTemplateRow {
  code: string;
  name: string;
  shortName: string;
  category: UnitCategory;
  isoApplying: boolean;
  /** Ticked at first: units nearly every ward has; the others are offered unticked. */
  preselected: boolean;
}

export interface SetupStatus {
  /** Until then no document is issued: the store still holds the sample ward's values. */
  completed: boolean;
  completedAt: string | null;
  organization: OrganizationView;
  activeUnitCount: number;
  activePeopleCount: number;
  unitTemplate: UnitTemplateRow[];
}

export const setupMethods = {
  'setup.status': query<SetupStatus>()(z.object({}).strict(), 'Tình trạng thiết lập ban đầu'),
  'setup.complete': command<SetupStatus>()(
    z.object({ organization: organizationInput.strict() }).strict(),
    'Hoàn tất thiết lập ban đầu: xác nhận thông tin cơ quan (cần ít nhất một đơn vị và một cán bộ)',
  ),
};
