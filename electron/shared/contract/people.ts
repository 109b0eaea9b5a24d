import * as z from 'zod';
import { command, query } from './define';
import { calendarDate, id, optionalText, requiredText } from './fields';
import { patchInput } from './patch';
import { certificateIssue } from '../rules/auditorCertificate';
import { fieldMessage } from '../i18n/fieldMessages';

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

const phone = optionalText('fieldLabels.phone', 20).refine((value) => value === '' || /^\+?\d[\d .-]{5,18}$/.test(value), {
  error: () => fieldMessage('contractRules.phoneCharacters'),
});

const email = optionalText('fieldLabels.email', 200).refine((value) => value === '' || z.email().safeParse(value).success, {
  error: () => fieldMessage('contractRules.emailFormat'),
});

/** The fields of a person: only the name is required. */
export const personFields = z.object({
  fullName: requiredText('fieldLabels.fullName', 100),
  unitId: id.nullable().default(null),
  position: optionalText('fieldLabels.position', 100).default(''),
  phone: phone.default(''),
  email: email.default(''),
  auditorTrained: z.boolean({ error: () => fieldMessage('contractRules.auditorTrainedFlag') }).default(false),
  auditorCertNumber: optionalText('fieldLabels.certificateNumber', 50).default(''),
  auditorCertDate: calendarDate('fieldLabels.certificateDate').nullable().default(null),
  auditorCertIssuer: optionalText('fieldLabels.certificateIssuer', 200).default(''),
  mayLead: z.boolean({ error: () => fieldMessage('contractRules.mayLeadFlag') }).default(false),
});
export type PersonFields = z.output<typeof personFields>;

/** Create's input, also the form's schema, so the form refuses what the back end would. */
export const personInput = personFields.strict().superRefine((person, context) => {
  const issue = certificateIssue(person);
  if (issue) context.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
});

export const peopleMethods = {
  'people.list': query<PersonView[]>()(
    z
      .object({
        search: optionalText('fieldLabels.search', 100).optional(),
        unitId: id.optional(),
        includeInactive: z.boolean().default(false),
      })
      .strict(),
    'Danh bạ cán bộ, sắp xếp theo tên tiếng Việt',
  ),
  'people.get': query<PersonView>()(z.object({ id }).strict(), 'Một cán bộ'),
  'people.create': command<PersonView>()(personInput, 'Thêm cán bộ vào danh bạ'),
  'people.update': command<PersonView>()(
    patchInput(personFields, { id }),
    'Sửa thông tin cán bộ',
  ),
  'people.setActive': command<PersonView>()(
    z.object({ id, active: z.boolean({ error: () => fieldMessage('contractRules.stateFlag') }) }).strict(),
    'Cho cán bộ nghỉ (không xếp vào đoàn mới) hoặc khôi phục',
  ),
};
