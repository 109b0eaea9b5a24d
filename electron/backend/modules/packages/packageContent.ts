import { inArray } from 'drizzle-orm';
import {
  auditParticipants,
  audits,
  checklistItems,
  checklistSections,
  checklistTemplates,
  checklistVersions,
  correctiveActionEvents,
  correctiveActions,
  evidenceFiles,
  evidenceLinks,
  findings,
  itemResponses,
  plannedInspections,
  plannedTeamMembers,
  programmes,
} from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { PackageKind } from './packageFormat';
import { rowsWhere } from './packageRecords';
import type { PackageRecords, PackageRow } from './packageRecords';

const distinct = (values: readonly unknown[]) => [...new Set(values.filter((value): value is string => typeof value === 'string'))].sort();
const column = (rows: readonly PackageRow[], name: string) => distinct(rows.map((row) => row[name]));

/**
 * Coordinator → team: the whole registry (units, people), the checklist versions the audits and their programme
 * entries use, the programme entries with their planned team, and the audits' headers and team. An audit's
 * baseline stays behind (the team store does not hold it; the coordinator keeps its own link).
 */
function handoutRecords(db: AppDatabase, auditIds: readonly string[]): PackageRecords {
  const auditRows = rowsWhere(db, 'audits', audits.id, auditIds).map((row) => ({ ...row, baselineAuditId: null }));
  const inspections = rowsWhere(db, 'plannedInspections', plannedInspections.id, column(auditRows, 'plannedInspectionId'));
  const versionIds = distinct([...column(auditRows, 'templateVersionId'), ...column(inspections, 'templateVersionId')]);
  const versions = rowsWhere(db, 'checklistVersions', checklistVersions.id, versionIds);
  return {
    units: rowsWhere(db, 'units', null, []),
    people: rowsWhere(db, 'people', null, []),
    checklistTemplates: rowsWhere(db, 'checklistTemplates', checklistTemplates.id, column(versions, 'templateId')),
    checklistVersions: versions,
    checklistSections: rowsWhere(db, 'checklistSections', checklistSections.versionId, versionIds),
    checklistItems: rowsWhere(db, 'checklistItems', checklistItems.versionId, versionIds),
    programmes: rowsWhere(db, 'programmes', programmes.id, column(inspections, 'programmeId')),
    plannedInspections: inspections,
    plannedTeamMembers: rowsWhere(db, 'plannedTeamMembers', plannedTeamMembers.plannedInspectionId, column(inspections, 'id')),
    audits: auditRows,
    auditParticipants: rowsWhere(db, 'auditParticipants', auditParticipants.auditId, auditIds),
  };
}

/** Team → coordinator: the audits as conducted, with answers, findings, evidence and participants. */
function resultRecords(db: AppDatabase, auditIds: readonly string[]): PackageRecords {
  const links = rowsWhere(db, 'evidenceLinks', evidenceLinks.auditId, auditIds);
  return {
    audits: rowsWhere(db, 'audits', audits.id, auditIds),
    auditParticipants: rowsWhere(db, 'auditParticipants', auditParticipants.auditId, auditIds),
    itemResponses: rowsWhere(db, 'itemResponses', itemResponses.auditId, auditIds),
    findings: rowsWhere(db, 'findings', findings.auditId, auditIds),
    evidenceFiles: rowsWhere(db, 'evidenceFiles', evidenceFiles.sha256, column(links, 'sha256')),
    evidenceLinks: links,
  };
}

/** Coordinator → team, after the result: the corrective actions on the audits' findings and their history. */
function followupRecords(db: AppDatabase, auditIds: readonly string[]): PackageRecords {
  const findingIds = db.select({ id: findings.id }).from(findings).where(inArray(findings.auditId, [...auditIds])).all().map((row) => row.id);
  const actions = rowsWhere(db, 'correctiveActions', correctiveActions.findingId, findingIds);
  return {
    correctiveActions: actions,
    correctiveActionEvents: rowsWhere(db, 'correctiveActionEvents', correctiveActionEvents.actionId, column(actions, 'id')),
  };
}

export const recordsFor: Record<PackageKind, (db: AppDatabase, auditIds: readonly string[]) => PackageRecords> = {
  handout: handoutRecords,
  result: resultRecords,
  followup: followupRecords,
};

/** The records as the package's JSON entry: tables in a fixed order, rows ordered by key, so equal content gives equal bytes. */
export function recordsJson(records: PackageRecords): string {
  const ordered = Object.fromEntries(Object.entries(records).filter(([, rows]) => rows.length > 0));
  return JSON.stringify(ordered);
}

export const recordCounts = (records: PackageRecords) => Object.fromEntries(Object.entries(records).map(([name, rows]) => [name, rows.length]));
