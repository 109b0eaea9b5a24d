import { and, asc, eq } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { legalBases } from '../../../../db/schema';
import type { LegalBasisDocumentKind } from '../../../shared/contract/legalBases';
import { fillLegalBasis } from '../../../shared/legalBasisText';
import { readOrganization } from '../organization/readOrganization';
import { kindColumn } from './legalBasisRows';

/** The "Căn cứ" lines a document of this kind and year prints, in order, retired bases left out. */
export function legalBasisLines(db: AppDatabase, documentKind: LegalBasisDocumentKind, year: number): string[] {
  const organization = readOrganization(db);
  return db
    .select({ text: legalBases.text })
    .from(legalBases)
    .where(and(eq(kindColumn(documentKind), true), eq(legalBases.retired, false)))
    .orderBy(asc(legalBases.sortOrder), asc(legalBases.createdAt), asc(legalBases.id))
    .all()
    .map((row) => fillLegalBasis(row.text, organization, year));
}
