import * as z from 'zod';
import { query } from './define';

/**
 * The full integrity check runs in the background after the store opened (a failed quick check stops the
 * app before any screen). checking → ok | damaged; `unchecked` when the check itself could not run.
 */
export type StoreHealthState = 'checking' | 'ok' | 'damaged' | 'unchecked';

export interface StoreHealth {
  state: StoreHealthState;
  /** When the full check finished (ISO time); null while it runs. */
  checkedAt: string | null;
  /** Vietnamese: what happened and what to do (restore from a .bak file in the data folder). Empty when ok. */
  report: string;
  dataDir: string;
  /** The backup files (.bak) in the data folder, newest first. */
  backups: string[];
}

export const storeHealthMethods = {
  'app.storeHealth': query<StoreHealth>()(z.object({}).strict(), 'Kết quả kiểm tra toàn vẹn tệp dữ liệu (chạy nền sau khi mở)', { requiresProfile: false }),
};
