import { z } from 'zod';
import { command, query } from './define';
import { id, optionalText, requiredText } from './fields';
import { patchInput } from './patch';

export const unitTypes = [
  'VAN_PHONG',
  'PHONG_KT_HT_DT',
  'PHONG_KINH_TE',
  'PHONG_VHXH',
  'TT_PVHCC',
  'TT_DICH_VU_TONG_HOP',
  'BQL_DU_AN',
  'TRAM_Y_TE',
  'TRUONG_HOC',
  'KHAC',
] as const;
export type UnitType = (typeof unitTypes)[number];

export interface UnitView {
  id: string;
  code: string;
  name: string;
  shortName: string;
  type: UnitType;
  inCchcScope: boolean;
  isoApplying: boolean;
  headPersonId: string | null;
  headName: string | null;
  active: boolean;
  sortOrder: number;
}

const unitCode = requiredText('Mã đơn vị', 20).refine((v) => /^[\p{L}\d_-]+$/u.test(v), {
  error: 'Mã đơn vị chỉ gồm chữ, chữ số, dấu gạch dưới và gạch nối',
});

export const unitFields = z.object({
  code: unitCode,
  name: requiredText('Tên đơn vị', 200),
  shortName: optionalText('Tên viết tắt', 50).default(''),
  type: z.enum(unitTypes, { error: 'Loại đơn vị không hợp lệ' }),
  inCchcScope: z.boolean({ error: 'Phạm vi kiểm tra CCHC phải là có/không' }).default(true),
  isoApplying: z.boolean({ error: 'Áp dụng ISO phải là có/không' }).default(true),
  headPersonId: id.nullable().default(null),
});

export const unitsMethods = {
  'units.list': query<UnitView[]>()(
    z
      .object({
        search: optionalText('Từ khóa', 100).optional(),
        includeInactive: z.boolean().default(false),
      })
      .strict(),
    'Danh sách đơn vị, sắp xếp theo thứ tự tiếng Việt',
  ),
  'units.get': query<UnitView>()(z.object({ id }).strict(), 'Một đơn vị'),
  'units.create': command<UnitView>()(unitFields.strict(), 'Thêm đơn vị'),
  'units.update': command<UnitView>()(
    patchInput(unitFields, { id }),
    'Sửa đơn vị',
  ),
  'units.setActive': command<UnitView>()(
    z.object({ id, active: z.boolean({ error: 'Trạng thái phải là có/không' }) }).strict(),
    'Ngừng hoặc khôi phục hoạt động của đơn vị',
  ),
};
