import * as z from 'zod';
import { command, query } from './define';
import { id, optionalText, requiredText } from './fields';
import { patchInput } from './patch';

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

const profileFields = z.object({
  fullName: requiredText('fieldLabels.fullName', 100),
  position: optionalText('fieldLabels.position', 100).default(''),
  unitId: id.nullable().default(null),
});

export const profilesMethods = {
  'app.info': query<AppInfo>()(z.object({}).strict(), 'Phiên bản, thư mục dữ liệu và người đang làm việc'),
  'profiles.list': query<ProfileView[]>()(z.object({}).strict(), 'Danh sách người dùng trên máy này'),
  'profiles.create': command<ProfileView>()(
    profileFields.extend({ makeCurrent: z.boolean().default(true) }).strict(),
    'Tạo hồ sơ người dùng',
    { requiresProfile: false },
  ),
  'profiles.update': command<ProfileView>()(patchInput(profileFields, { id }), 'Sửa hồ sơ người dùng'),
  'profiles.select': command<ProfileView>()(z.object({ id }).strict(), 'Chọn người đang làm việc', {
    requiresProfile: false,
  }),
};
