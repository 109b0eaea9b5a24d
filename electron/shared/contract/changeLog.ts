import * as z from 'zod';
import { query } from './define';
import { optionalText } from './fields';

export interface ChangeLogEntry {
  id: string;
  at: string;
  actorName: string;
  /** The laptop that made the change; null for entries from before this was recorded. */
  machineId: string | null;
  method: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes: unknown;
}

export const changeLogMethods = {
  'changeLog.list': query<ChangeLogEntry[]>()(
    z
      .object({
        entity: optionalText('fieldLabels.recordKind', 50).optional(),
        entityId: optionalText('fieldLabels.recordId', 50).optional(),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
    'Nhật ký thay đổi, mới nhất trước',
  ),
};
