import type { OrganizationView, AppSettings } from '../../../shared/contract/organization';
import type { PlannedInspectionView, ProgrammeView, TeamMemberView } from '../../../shared/contract/programme';
import { formatCalendarDate, localDateOf } from '../../../shared/dates';
import { administrativeDocument, dashList, documentTable, heading, paragraph, recipientsAndSignature, renderDocx, renderPdf, roman, weekdayName } from '../../documents';
import type { BodyBlock, DocumentModel, Signer, TableCell } from '../../documents';
import { asBuffer } from '../../workers/transferredBytes';
import { kindPhrases } from './planning/kindWords';
import { selectionReasonText } from './selectionWords';

/** "ỦY BAN NHÂN DÂN PHƯỜNG BẮC HỒNG LĨNH" as it reads inside a sentence: "Ủy ban nhân dân phường Bắc Hồng Lĩnh". */
export function bodyNameInSentence(bodyName: string): string {
  const match = /^(ỦY BAN NHÂN DÂN)\s+(PHƯỜNG|XÃ|ĐẶC KHU|THỊ TRẤN)\s+(.+)$/u.exec(bodyName.toLocaleUpperCase('vi'));
  if (!match) return bodyName;
  const [, , level = '', place = ''] = match;
  const titleCase = place
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
  return `Ủy ban nhân dân ${level.toLocaleLowerCase('vi')} ${titleCase}`;
}

/** "Kế hoạch kiểm tra công tác … năm 2026" → "Kiểm tra công tác … năm 2026", the summary under "KẾ HOẠCH". */
export function summaryOfTitle(title: string): string {
  const rest = title.replace(/^kế hoạch\s+/iu, '');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

const kindLabels = { CCHC: 'Kiểm tra công tác CCHC', ISO: 'Đánh giá HTQLCL theo TCVN ISO 9001:2015' } as const;

const memberText = (member: TeamMemberView) => [member.fullName, member.position].filter(Boolean).join(', ');

function teamCell(team: TeamMemberView[]): TableCell {
  const leader = team.find((m) => m.role === 'truong_doan');
  const others = team.filter((m) => m !== leader);
  return {
    lines: [
      ...(leader ? [[{ text: 'Trưởng đoàn: ', bold: true }, memberText(leader)]] : []),
      ...(others.length ? [[{ text: 'Thành viên: ', bold: true }, others.map(memberText).join('; ')]] : []),
    ],
  };
}

function contentCell(entry: PlannedInspectionView, settings: AppSettings): TableCell {
  const standard = entry.kind === 'CCHC' ? settings.programmeDocument.cchcContent : settings.programmeDocument.isoContent;
  return entry.content && entry.content !== standard ? { lines: [[kindLabels[entry.kind]], [{ text: entry.content, italics: true }]] } : kindLabels[entry.kind];
}

function unitList(names: string[]): string {
  return names.length ? `, gồm: ${names.join('; ')}` : '';
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** Why each ISO unit is in the plan, as recorded when the plan was drawn up. */
function isoReasons(isoEntries: PlannedInspectionView[]): BodyBlock[] {
  if (isoEntries.length === 0) return [];
  return [
    paragraph('Lý do chọn từng cơ quan, đơn vị được đánh giá ISO 9001 (theo dữ liệu tại thời điểm lập kế hoạch):'),
    ...dashList(isoEntries.map((entry) => `${entry.unitName}: ${lowerFirst(selectionReasonText(entry.selection))}`)),
  ];
}

/**
 * The annual plan as the Chủ tịch signs it: legal basis, I. purpose and requirements, II. who is
 * inspected, on what, when and by whom (the table), III. organisation, then recipients and signature.
 */
export function programmeDocument(
  programme: ProgrammeView,
  organization: OrganizationView,
  settings: AppSettings,
  legalBases: string[],
  unitOrder: string[],
  seal?: Signer['seal'],
): DocumentModel {
  const wording = settings.programmeDocument;
  const inRegistryOrder = (kind: 'CCHC' | 'ISO') =>
    programme.entries.filter((e) => e.kind === kind).sort((a, b) => unitOrder.indexOf(a.unitId) - unitOrder.indexOf(b.unitId));
  const cchcEntries = inRegistryOrder('CCHC');
  const isoEntries = inRegistryOrder('ISO');
  const { cchc, iso } = programme.coverage;
  const body: BodyBlock[] = [
    ...legalBases.map((basis) => paragraph(`Căn cứ ${basis};`, { italics: true })),
    paragraph(`${bodyNameInSentence(organization.bodyName)} ban hành ${programme.title.charAt(0).toLocaleLowerCase('vi')}${programme.title.slice(1)} như sau:`),
    heading(roman(1), 'Mục đích, yêu cầu', 1),
    heading('1', 'Mục đích', 2),
    ...dashList(wording.purposes),
    heading('2', 'Yêu cầu', 2),
    ...dashList(wording.requirements),
    heading(roman(2), 'Đối tượng, nội dung, thời gian và thành phần đoàn kiểm tra', 1),
    heading('1', 'Đối tượng', 2),
    ...dashList([
      `Kiểm tra công tác cải cách hành chính: ${cchc.planned}/${cchc.total} cơ quan chuyên môn, tổ chức hành chính thuộc phạm vi (chỉ tiêu ${cchc.percent}%)${unitList(cchcEntries.map((e) => e.unitName))}`,
      `Đánh giá Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015: ${iso.planned}/${iso.total} cơ quan, đơn vị áp dụng (chỉ tiêu tối thiểu ${iso.percent}%, chọn theo chu kỳ luân phiên ${iso.rotationYears} năm và mức độ rủi ro)${unitList(isoEntries.map((e) => e.unitName))}`,
    ]),
    ...isoReasons(isoEntries),
    heading('2', 'Nội dung', 2),
    ...dashList([`Về cải cách hành chính: ${wording.cchcContent}`, `Về hệ thống quản lý chất lượng: ${wording.isoContent}`]),
    heading('3', 'Thời gian và thành phần đoàn kiểm tra', 2),
    paragraph(`Việc kiểm tra, đánh giá thực hiện trực tiếp tại đơn vị theo lịch sau; ${kindPhrases.CCHC.visit} và ${kindPhrases.ISO.visit} do Đoàn kiểm tra có thành phần như sau thực hiện:`),
    documentTable(
      [
        { header: 'STT', width: 26, alignment: 'center' },
        { header: 'Đơn vị được kiểm tra', width: 104 },
        { header: 'Nội dung', width: 96 },
        { header: 'Thời gian', width: 66, alignment: 'center' },
        { header: 'Thành phần đoàn', width: '*' },
      ],
      programme.entries.map((entry, index) => [
        String(index + 1),
        entry.unitName,
        contentCell(entry, settings),
        `${weekdayName(entry.date)}, ${formatCalendarDate(entry.date)}`,
        teamCell(entry.team),
      ]),
    ),
    heading(roman(3), 'Tổ chức thực hiện', 1),
    ...wording.implementation.map((text, index) => paragraph(`${index + 1}. ${text}`)),
  ];
  return {
    header: {
      superiorBodyName: organization.superiorBodyName,
      issuingBodyName: organization.bodyName,
      documentCode: programme.documentCode,
      placeName: organization.placeName,
      issueDate: programme.approvedAt ? localDateOf(new Date(programme.approvedAt)) : null,
      year: programme.year,
    },
    type: 'Kế hoạch',
    summary: summaryOfTitle(programme.title),
    body,
    closing: [
      recipientsAndSignature(wording.recipients, {
        authority: 'TM.',
        onBehalfOf: 'Ủy ban nhân dân',
        position: organization.chairTitle,
        fullName: organization.chairName,
        // The body's seal goes on the plan it issued, never on a draft.
        seal: programme.status === 'approved' ? seal : undefined,
      }),
    ],
    draft: programme.status !== 'approved',
    title: programme.title,
  };
}

export const programmeDocumentDefinition = (...args: Parameters<typeof programmeDocument>) => administrativeDocument(programmeDocument(...args));

export interface ProgrammePdfInput {
  programme: ProgrammeView;
  organization: OrganizationView;
  settings: AppSettings;
  legalBases: string[];
  unitOrder: string[];
  /** The ward's seal, placed on the approved plan's TM. signature. */
  seal?: { png: Uint8Array; diameterMm: number };
  resourcesDir: string;
}

/** The plan as a PDF; runs on a worker thread, where the layout (with its functions) is built from plain data. */
export async function renderProgrammePdf({ programme, organization, settings, legalBases, unitOrder, seal, resourcesDir }: ProgrammePdfInput): Promise<Uint8Array> {
  const placedSeal = seal ? { png: asBuffer(seal.png), diameterMm: seal.diameterMm } : undefined;
  return renderPdf(programmeDocumentDefinition(programme, organization, settings, legalBases, unitOrder, placedSeal), resourcesDir);
}

/** The plan's Word copy, from the same model as its PDF; the seal stays on the PDF, the original. */
export async function renderProgrammeDocx({ programme, organization, settings, legalBases, unitOrder, resourcesDir }: ProgrammePdfInput): Promise<Uint8Array> {
  return renderDocx(programmeDocument(programme, organization, settings, legalBases, unitOrder), resourcesDir);
}
