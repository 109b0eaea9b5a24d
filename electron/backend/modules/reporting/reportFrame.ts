import type { OrganizationView } from '../../../shared/contract/organization';
import { recipientsAndSignature } from '../../documents';
import type { BodyBlock, DocumentModel } from '../../documents';

export interface ReportFrameInput {
  organization: OrganizationView;
  documentCode: string | null;
  documentDate: string | null;
  /** The year of the number when the report has no date yet. */
  year: number;
  summary: string;
  body: BodyBlock[];
  recipients: string[];
  draft: boolean;
}

/** A BÁO CÁO around its body (NĐ 30/2020, Mẫu 1.4): the ward's header and number, Nơi nhận and the Chủ tịch's signature. */
export function reportFrame(input: ReportFrameInput): DocumentModel {
  const { organization, summary } = input;
  return {
    header: {
      superiorBodyName: organization.superiorBodyName,
      issuingBodyName: organization.bodyName,
      documentCode: input.documentCode ?? `…/BC-${organization.bodyShortCode}`,
      placeName: organization.placeName,
      issueDate: input.documentDate,
      year: input.documentDate ? Number(input.documentDate.slice(0, 4)) : input.year,
    },
    type: 'Báo cáo',
    summary,
    body: input.body,
    closing: [recipientsAndSignature(input.recipients, { authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', position: organization.chairTitle, fullName: organization.chairName })],
    draft: input.draft,
    title: `Báo cáo ${summary.charAt(0).toLocaleLowerCase('vi')}${summary.slice(1)}`,
  };
}
