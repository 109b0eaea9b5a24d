import { count, eq } from 'drizzle-orm';
import { evidenceLinks } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { EvidenceView } from '../../../shared/contract/evidence';
import { selectEvidenceViews } from '../evidence/evidenceViews';

export function actionEvidenceFiles(db: AppDatabase, actionId: string): EvidenceView[] {
  return selectEvidenceViews(db, eq(evidenceLinks.correctiveActionId, actionId));
}

export function countActionEvidenceFiles(db: AppDatabase, actionId: string): number {
  return db.select({ total: count() }).from(evidenceLinks).where(eq(evidenceLinks.correctiveActionId, actionId)).get()?.total ?? 0;
}
