import { asc, eq } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { legalBases } from '../../../../db/schema';
import type { LegalBasisDocumentKind, LegalBasisView } from '../../../shared/contract/legalBases';
import { notFound } from '../../api/errors';

type LegalBasisRow = typeof legalBases.$inferSelect;

/** Which column holds each document kind's flag. */
const kindColumns = {
  cchc_minutes: 'forCchcMinutes',
  iso_minutes: 'forIsoMinutes',
  plan: 'forPlan',
  report: 'forReport',
} as const satisfies Record<LegalBasisDocumentKind, keyof LegalBasisRow>;

const kinds = Object.keys(kindColumns) as LegalBasisDocumentKind[];

export function documentKindFlags(documentKinds: LegalBasisDocumentKind[]): Pick<LegalBasisRow, (typeof kindColumns)[LegalBasisDocumentKind]> {
  return {
    forCchcMinutes: documentKinds.includes('cchc_minutes'),
    forIsoMinutes: documentKinds.includes('iso_minutes'),
    forPlan: documentKinds.includes('plan'),
    forReport: documentKinds.includes('report'),
  };
}

export const kindColumn = (kind: LegalBasisDocumentKind) => legalBases[kindColumns[kind]];

function toView(row: LegalBasisRow): LegalBasisView {
  return { id: row.id, text: row.text, documentKinds: kinds.filter((kind) => row[kindColumns[kind]]), sortOrder: row.sortOrder, retired: row.retired };
}

/** In print order; the creation time breaks ties so two stores with the same history list the same order. */
export function selectLegalBases(db: AppDatabase): LegalBasisView[] {
  return db.select().from(legalBases).orderBy(asc(legalBases.sortOrder), asc(legalBases.createdAt), asc(legalBases.id)).all().map(toView);
}

export function requireLegalBasis(db: AppDatabase, id: string): LegalBasisView {
  const row = db.select().from(legalBases).where(eq(legalBases.id, id)).get();
  if (!row) throw notFound('legalBasis');
  return toView(row);
}
