import { z } from 'zod';
import { query } from './define';
import { id, optionalText } from './fields';

/** A member of staff: may be an inspector, a team leader, a unit's representative or an action owner. */
export interface PersonView {
  id: string;
  fullName: string;
  unitId: string | null;
  unitName: string | null;
  position: string;
  phone: string;
  email: string;
  auditorTrained: boolean;
  auditorCertNumber: string;
  auditorCertDate: string | null;
  auditorCertIssuer: string;
  mayLead: boolean;
  active: boolean;
}

export const peopleMethods = {
  'people.list': query<PersonView[]>()(
    z
      .object({
        search: optionalText('Từ khóa', 100).optional(),
        unitId: id.optional(),
        includeInactive: z.boolean().default(false),
      })
      .strict(),
    'Danh bạ cán bộ, sắp xếp theo tên tiếng Việt',
  ),
};
