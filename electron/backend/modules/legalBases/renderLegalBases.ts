import { and, asc, eq } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { legalBases } from '../../../../db/schema';
import type { LegalBasisDocumentKind } from '../../../shared/contract/legalBases';
import type { OrganizationView } from '../../../shared/contract/organization';
import { bodyNameInText } from '../minutes/buildMinutesContent';
import { readOrganization } from '../organization/readOrganization';
import { kindColumn } from './legalBasisRows';

/** "Ủy ban nhân dân phường Bắc Hồng Lĩnh" → "phường Bắc Hồng Lĩnh"; the place name when the body is named otherwise. */
function administrativeUnitName(organization: OrganizationView): string {
  const body = bodyNameInText(organization);
  const prefix = 'ủy ban nhân dân ';
  return body.toLocaleLowerCase('vi').startsWith(prefix) ? body.slice(prefix.length) : organization.placeName;
}

/** Fills the placeholders of one basis from the organisation and the document's year. */
export function fillLegalBasis(text: string, organization: OrganizationView, year: number): string {
  const values: Record<string, string> = {
    '{cơ quan}': bodyNameInText(organization),
    '{đơn vị hành chính}': administrativeUnitName(organization),
    '{địa danh}': organization.placeName,
    '{năm}': String(year),
  };
  return text.replace(/\{[^{}]*\}/g, (placeholder) => values[placeholder] ?? placeholder);
}

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
