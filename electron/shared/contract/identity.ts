import * as z from 'zod';
import { command, query, task } from './define';
import { requiredText } from './fields';
import type { FieldLabel } from './fields';

/** Who is who when work moves between laptops: this laptop, and the store open on it. */
export interface IdentityView {
  /** Kept beside the store on this laptop; a restored store does not change it. */
  machine: { id: string; name: string };
  /** Kept in the store; it travels with a backup to a new laptop. */
  store: { id: string; name: string };
}

const nameInput = (label: FieldLabel) => z.object({ name: requiredText(label, 100) }).strict();

export const identityMethods = {
  'identity.get': query<IdentityView>()(z.object({}).strict(), 'Tên và mã định danh của máy này và của kho dữ liệu', { requiresProfile: false }),
  'identity.renameMachine': task<IdentityView>()(nameInput('fieldLabels.machineName'), 'Đặt tên cho máy này (hiện trong gói dữ liệu và nhật ký thay đổi)'),
  'identity.renameStore': command<IdentityView>()(nameInput('fieldLabels.storeName'), 'Đặt tên cho kho dữ liệu'),
};
