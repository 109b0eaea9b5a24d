import { eq } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { evidenceFiles, evidenceLinks } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { previewKindOf } from '../../../shared/contract/evidence';
import type { EvidenceView } from '../../../shared/contract/evidence';
import { notFound } from '../../api/errors';

export function selectEvidenceViews(db: AppDatabase, where: SQL | undefined): EvidenceView[] {
  return db
    .select({
      id: evidenceLinks.id,
      auditId: evidenceLinks.auditId,
      itemId: evidenceLinks.itemId,
      findingId: evidenceLinks.findingId,
      correctiveActionId: evidenceLinks.correctiveActionId,
      sha256: evidenceLinks.sha256,
      fileName: evidenceLinks.fileName,
      mimeType: evidenceFiles.mimeType,
      sizeBytes: evidenceFiles.sizeBytes,
      createdAt: evidenceLinks.createdAt,
      createdBy: evidenceLinks.createdBy,
    })
    .from(evidenceLinks)
    .innerJoin(evidenceFiles, eq(evidenceFiles.sha256, evidenceLinks.sha256))
    .where(where)
    .orderBy(evidenceLinks.createdAt)
    .all()
    .map((row) => ({ ...row, auditId: row.auditId!, previewKind: previewKindOf(row.mimeType) }));
}

export function requireEvidenceView(db: AppDatabase, id: string): EvidenceView {
  const [view] = selectEvidenceViews(db, eq(evidenceLinks.id, id));
  if (!view) throw notFound('evidence');
  return view;
}
