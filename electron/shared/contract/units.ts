import * as z from 'zod';
import { fileBase64 } from './checklists';
import { command, query, task } from './define';
import { id, optionalText, requiredText } from './fields';
import { patchInput } from './patch';
import { fieldMessage } from '../i18n/fieldMessages';

/**
 * The legal category of a unit under the ward People's Committee (NĐ 150/2025, NĐ 118/2025):
 * cơ quan chuyên môn (Văn phòng, phòng), tổ chức hành chính (Trung tâm PVHCC), đơn vị sự nghiệp công lập
 * (trung tâm dịch vụ, ban quản lý dự án, trạm y tế, trường học) and anything else.
 */
export const unitCategories = ['co_quan_chuyen_mon', 'to_chuc_hanh_chinh', 'don_vi_su_nghiep', 'khac'] as const;
export type UnitCategory = (typeof unitCategories)[number];

export interface UnitView {
  id: string;
  code: string;
  name: string;
  shortName: string;
  category: UnitCategory;
  inCchcScope: boolean;
  isoApplying: boolean;
  headPersonId: string | null;
  headName: string | null;
  active: boolean;
  sortOrder: number;
}

/** Words of the "Loại hình" column of the units workbook (and of documents). */
export const unitCategoryWords: Record<UnitCategory, string> = {
  co_quan_chuyen_mon: 'Cơ quan chuyên môn',
  to_chuc_hanh_chinh: 'Tổ chức hành chính',
  don_vi_su_nghiep: 'Đơn vị sự nghiệp công lập',
  khac: 'Khác',
};

const unitCode = requiredText('fieldLabels.unitCode', 20).refine((v) => /^[\p{L}\d_-]+$/u.test(v), {
  error: () => fieldMessage('contractRules.unitCodeCharacters'),
});

export const unitFields = z.object({
  code: unitCode,
  name: requiredText('fieldLabels.unitName', 200),
  shortName: optionalText('fieldLabels.shortName', 50).default(''),
  category: z.enum(unitCategories, { error: () => fieldMessage('contractRules.unitCategoryInvalid') }),
  /** Left out, a new unit's scope follows its category (target 1.2, see cchcScopeByCategory). */
  inCchcScope: z.boolean({ error: () => fieldMessage('contractRules.cchcScopeFlag') }).optional(),
  isoApplying: z.boolean({ error: () => fieldMessage('contractRules.isoApplyingFlag') }).default(true),
  headPersonId: id.nullable().default(null),
});

export const unitsMethods = {
  'units.list': query<UnitView[]>()(
    z
      .object({
        search: optionalText('fieldLabels.search', 100).optional(),
        includeInactive: z.boolean().default(false),
      })
      .strict(),
    'Danh sách đơn vị, sắp xếp theo thứ tự tiếng Việt',
  ),
  'units.get': query<UnitView>()(z.object({ id }).strict(), 'Một đơn vị'),
  'units.create': command<UnitView>()(unitFields.strict(), 'Thêm đơn vị'),
  'units.createMany': command<UnitView[]>()(
    z
      .object({ units: z.array(unitFields.strict()).min(1, { error: () => fieldMessage('contractRules.noUnitChosen') }).max(200, { error: () => fieldMessage('contractRules.unitsMax') }) })
      .strict(),
    'Thêm nhiều đơn vị một lần (thiết lập ban đầu): tất cả hoặc không đơn vị nào',
  ),
  'units.importXlsx': task<UnitView[]>()(
    z.object({ fileName: requiredText('fieldLabels.fileName', 255), base64: fileBase64 }).strict(),
    'Nhập đơn vị từ tệp Excel (trang "Đơn vị"); nếu có dòng lỗi thì không nhập gì, mỗi lỗi ghi số dòng',
  ),
  'units.update': command<UnitView>()(
    patchInput(unitFields, { id }),
    'Sửa đơn vị',
  ),
  'units.setActive': command<UnitView>()(
    z.object({ id, active: z.boolean({ error: () => fieldMessage('contractRules.stateFlag') }) }).strict(),
    'Ngừng hoặc khôi phục hoạt động của đơn vị',
  ),
};
