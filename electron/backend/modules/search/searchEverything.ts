import { and, eq, inArray, max } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { audits, checklistItems, checklistTemplates, checklistVersions, correctiveActions, findings, people, units } from '../../../../db/schema';
import type { SearchHit, SearchKind, SearchResults } from '../../../shared/contract/search';
import { searchKinds } from '../../../shared/contract/search';
import { formatCalendarDate } from '../../../shared/dates';
import { comparePersonNames } from '../../../shared/personNames';
import { vietnameseCollator } from '../../../shared/text';
import type { ModuleHandlers } from '../../api/handlers';
import { idList, searchHits, searchNeedle } from './searchIndex';
import type { SearchEntity } from './searchIndex';

const entityOf: Record<SearchKind, SearchEntity> = {
  unit: 'unit',
  person: 'person',
  audit: 'audit',
  finding: 'finding',
  action: 'action',
  checklist_item: 'checklist_item',
};

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');
const findingNumber = (n: number) => String(n).padStart(2, '0');
/** The first line of a multi-line text (an action's correction, say), as a title. */
const firstLine = (value: string) => value.split('\n').find((line) => line.trim())?.trim() ?? '';

/** Each kind's matching records, every one of them, in the order a user reads them. */
const readers: Record<SearchKind, (db: AppDatabase, ids: string[]) => SearchHit[]> = {
  unit: (db, ids) =>
    db
      .select({ id: units.id, name: units.name, code: units.code, sortOrder: units.sortOrder })
      .from(units)
      .where(inArray(units.id, idList(ids)))
      .all()
      .sort((a, b) => a.sortOrder - b.sortOrder || vietnameseCollator.compare(a.name, b.name) || a.code.localeCompare(b.code))
      .map((u) => ({ kind: 'unit', id: u.id, title: u.name, detail: u.code, place: { page: 'unit', unitId: u.id, name: u.name } })),
  person: (db, ids) =>
    db
      .select({ id: people.id, fullName: people.fullName, position: people.position, unitName: units.name })
      .from(people)
      .leftJoin(units, eq(units.id, people.unitId))
      .where(inArray(people.id, idList(ids)))
      .all()
      .sort((a, b) => comparePersonNames(a.fullName, b.fullName) || a.id.localeCompare(b.id))
      .map((p) => ({ kind: 'person', id: p.id, title: p.fullName, detail: joined(p.position, p.unitName), place: { page: 'person', personId: p.id, name: p.fullName } })),
  audit: (db, ids) =>
    db
      .select({ id: audits.id, title: audits.title, startDate: audits.startDate, unitName: units.name })
      .from(audits)
      .innerJoin(units, eq(units.id, audits.unitId))
      .where(inArray(audits.id, idList(ids)))
      .all()
      .sort((a, b) => b.startDate.localeCompare(a.startDate) || vietnameseCollator.compare(a.title, b.title) || a.id.localeCompare(b.id))
      .map((a) => ({
        kind: 'audit',
        id: a.id,
        title: a.title,
        detail: joined(a.unitName, formatCalendarDate(a.startDate)),
        place: { page: 'audit', auditId: a.id, tab: 'checklist' },
      })),
  finding: (db, ids) =>
    db
      .select({ id: findings.id, number: findings.number, description: findings.description, auditId: audits.id, auditTitle: audits.title, startDate: audits.startDate })
      .from(findings)
      .innerJoin(audits, eq(audits.id, findings.auditId))
      .where(inArray(findings.id, idList(ids)))
      .all()
      .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.auditId.localeCompare(b.auditId) || a.number - b.number)
      .map((f) => ({
        kind: 'finding',
        id: f.id,
        title: firstLine(f.description),
        detail: joined(findingNumber(f.number), f.auditTitle),
        place: { page: 'audit', auditId: f.auditId, tab: 'findings' },
      })),
  action: (db, ids) =>
    db
      .select({
        id: correctiveActions.id,
        correction: correctiveActions.correction,
        rootCause: correctiveActions.rootCause,
        actionPlan: correctiveActions.actionPlan,
        dueDate: correctiveActions.dueDate,
        number: findings.number,
        auditId: audits.id,
        auditTitle: audits.title,
      })
      .from(correctiveActions)
      .innerJoin(findings, eq(findings.id, correctiveActions.findingId))
      .innerJoin(audits, eq(audits.id, findings.auditId))
      .where(inArray(correctiveActions.id, idList(ids)))
      .all()
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id))
      .map((a) => ({
        kind: 'action',
        id: a.id,
        title: firstLine(a.actionPlan) || firstLine(a.correction) || firstLine(a.rootCause),
        detail: joined(findingNumber(a.number), a.auditTitle, formatCalendarDate(a.dueDate)),
        place: { page: 'audit', auditId: a.auditId, tab: 'actions' },
      })),
  checklist_item: (db, ids) => {
    // Each version repeats its template's items: only the newest version of each template is shown.
    const newest = db.select({ templateId: checklistVersions.templateId, version: max(checklistVersions.version).as('newest') }).from(checklistVersions).groupBy(checklistVersions.templateId).as('newest');
    return db
      .select({
        id: checklistItems.id,
        code: checklistItems.code,
        question: checklistItems.question,
        versionId: checklistVersions.id,
        version: checklistVersions.version,
        templateId: checklistTemplates.id,
        templateName: checklistTemplates.name,
      })
      .from(checklistItems)
      .innerJoin(checklistVersions, eq(checklistVersions.id, checklistItems.versionId))
      .innerJoin(newest, and(eq(newest.templateId, checklistVersions.templateId), eq(newest.version, checklistVersions.version)))
      .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistVersions.templateId))
      .where(inArray(checklistItems.id, idList(ids)))
      .all()
      .sort((a, b) => vietnameseCollator.compare(a.templateName, b.templateName) || a.code.localeCompare(b.code, 'vi', { numeric: true }) || a.id.localeCompare(b.id))
      .map((i) => ({
        kind: 'checklist_item',
        id: i.id,
        title: i.question,
        detail: joined(i.templateName, `v${i.version}`, i.code),
        place: { page: 'checklist', templateId: i.templateId, versionId: i.versionId },
      }));
  },
};

/** One read of the index, then each kind's records by their ids: the first `perKind` of each, and how many there are. */
export const searchEverything: ModuleHandlers<'search.everything'>['search.everything'] = ({ store }, { text, perKind }): SearchResults => {
  const needle = searchNeedle(text);
  if (!needle) return { groups: [] };
  const hits = searchHits(store, needle);
  const groups = searchKinds.flatMap((kind) => {
    const ids = hits.get(entityOf[kind]);
    if (!ids?.length) return [];
    const found = readers[kind](store.db, ids);
    return found.length ? [{ kind, total: found.length, hits: found.slice(0, perKind) }] : [];
  });
  return { groups };
};
