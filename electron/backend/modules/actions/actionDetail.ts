import { eq } from 'drizzle-orm';
import { correctiveActions, people } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { ActionFacts } from '../../../shared/rules/actionStates';
import type { ActionDetail } from '../../../shared/contract/actions';
import { localDateOf } from '../../../shared/dates';
import { notFound } from '../../api/errors';
import type { ActionClock } from './actionClock';
import { actionEvidenceFiles } from './actionEvidenceFiles';
import { listActionEvents } from './actionEvents';
import { selectRawActions, toActionRow } from './actionRows';

export type ActionRecord = typeof correctiveActions.$inferSelect;

export function requireActionRecord(db: AppDatabase, id: string): ActionRecord {
  const record = db.select().from(correctiveActions).where(eq(correctiveActions.id, id)).get();
  if (!record) throw notFound('action');
  return record;
}

/** What the state machine's gates look at. */
export function factsOf(record: ActionRecord, findingDate: string, evidenceFileCount: number): ActionFacts {
  return {
    status: record.status,
    ownerPersonId: record.ownerPersonId,
    rootCause: record.rootCause,
    actionPlan: record.actionPlan,
    completionEvidence: record.completionEvidence,
    evidenceFileCount,
    findingDate,
  };
}

export function personName(db: AppDatabase, personId: string | null): string | null {
  if (!personId) return null;
  return db.select({ name: people.fullName }).from(people).where(eq(people.id, personId)).get()?.name ?? null;
}

export function requireActionDetail(db: AppDatabase, id: string, clock: ActionClock): ActionDetail {
  const [raw] = selectRawActions(db, clock, eq(correctiveActions.id, id));
  if (!raw) throw notFound('action');
  return {
    ...toActionRow(raw, clock),
    findingDate: localDateOf(new Date(raw.findingCreatedAt)),
    findingRequirement: raw.findingRequirement,
    correction: raw.correction,
    rootCause: raw.rootCause,
    fiveWhys: raw.fiveWhys ?? [],
    actionPlan: raw.actionPlan,
    completionEvidence: raw.completionEvidence,
    verifierPersonId: raw.verifierPersonId,
    verifierName: raw.verifierName,
    verificationDate: raw.verificationDate,
    verificationResult: raw.verificationResult,
    evidenceFiles: actionEvidenceFiles(db, id),
    history: listActionEvents(db, id),
  };
}
