import { z } from 'zod';
import { command, query } from './define';
import { id, optionalText, requiredText } from './fields';

export interface ProfileView {
  id: string;
  fullName: string;
  position: string;
  unitId: string | null;
  unitName: string | null;
  isCurrent: boolean;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  schemaVersion: number;
  currentProfile: ProfileView | null;
}

const profileFieldRules = z.object({
  fullName: requiredText('Họ và tên', 100),
  position: optionalText('Chức vụ', 100),
  unitId: id.nullable(),
});
const profileFields = profileFieldRules.extend({
  position: profileFieldRules.shape.position.default(''),
  unitId: profileFieldRules.shape.unitId.default(null),
});

export const profilesMethods = {
  'app.info': query<AppInfo>()(z.object({}).strict(), 'Phiên bản, thư mục dữ liệu và người đang làm việc'),
  'profiles.list': query<ProfileView[]>()(z.object({}).strict(), 'Danh sách người dùng trên máy này'),
  'profiles.create': command<ProfileView>()(
    profileFields.extend({ makeCurrent: z.boolean().default(true) }).strict(),
    'Tạo hồ sơ người dùng',
    { requiresProfile: false },
  ),
  'profiles.update': command<ProfileView>()(profileFieldRules.partial().extend({ id }).strict(), 'Sửa hồ sơ người dùng'),
  'profiles.select': command<ProfileView>()(z.object({ id }).strict(), 'Chọn người đang làm việc', {
    requiresProfile: false,
  }),
};
