import { eq } from 'drizzle-orm';
import { findings } from '../../../../db/schema';
import { findingClasses } from '../../../shared/contract/vocabulary';
import type { FindingClass } from '../../../shared/contract/vocabulary';
import type { ModuleHandlers } from '../../api/handlers';
import { loadChecklistSections } from './auditChecklist';
import { closeBlockers, indicatorResults, sectionResult, totalScore } from './auditResults';
import { requireAuditRow } from './auditRules';

export const auditReport: ModuleHandlers<'audits.report'>['audits.report'] = (ctx, { auditId }) => {
  const { db } = ctx.store;
  const audit = requireAuditRow(db, auditId);
  const sections = loadChecklistSections(db, auditId, audit.templateVersionId);
  const findingCounts = Object.fromEntries(findingClasses.map((c) => [c, 0])) as Record<FindingClass, number>;
  for (const finding of db.select({ findingClass: findings.findingClass }).from(findings).where(eq(findings.auditId, auditId)).all()) {
    findingCounts[finding.findingClass]++;
  }
  const results = sections.map(sectionResult);
  return {
    auditId,
    sections: results,
    findingCounts,
    indicators: indicatorResults(sections),
    score: totalScore(results),
    closeBlockers: closeBlockers(sections),
    unitComments: audit.unitComments,
    conclusion: audit.conclusion,
  };
};
