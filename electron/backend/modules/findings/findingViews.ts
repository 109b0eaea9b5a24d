import { asc, count, eq, inArray } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { checklistItems, correctiveActions, evidenceLinks, findings } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { FindingView } from '../../../shared/contract/findings';
import { notFound } from '../../api/errors';

const tally = (rows: { findingId: string | null; total: number }[]) => new Map(rows.map((row) => [row.findingId!, row.total]));

export function selectFindingViews(db: AppDatabase, where: SQL): FindingView[] {
  const rows = db
    .select({
      id: findings.id,
      auditId: findings.auditId,
      number: findings.number,
      findingClass: findings.findingClass,
      itemId: findings.itemId,
      itemCode: checklistItems.code,
      reference: findings.reference,
      description: findings.description,
      requirement: findings.requirement,
      evidenceText: findings.evidenceText,
      requiresAction: findings.requiresAction,
      status: findings.status,
      createdAt: findings.createdAt,
    })
    .from(findings)
    .leftJoin(checklistItems, eq(checklistItems.id, findings.itemId))
    .where(where)
    .orderBy(asc(findings.number))
    .all();
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const evidence = tally(
    db.select({ findingId: evidenceLinks.findingId, total: count() }).from(evidenceLinks).where(inArray(evidenceLinks.findingId, ids)).groupBy(evidenceLinks.findingId).all(),
  );
  const actions = tally(
    db
      .select({ findingId: correctiveActions.findingId, total: count() })
      .from(correctiveActions)
      .where(inArray(correctiveActions.findingId, ids))
      .groupBy(correctiveActions.findingId)
      .all(),
  );
  return rows.map((row) => ({ ...row, evidenceCount: evidence.get(row.id) ?? 0, actionCount: actions.get(row.id) ?? 0 }));
}

export function requireFindingView(db: AppDatabase, id: string): FindingView {
  const [view] = selectFindingViews(db, eq(findings.id, id));
  if (!view) throw notFound('finding');
  return view;
}
