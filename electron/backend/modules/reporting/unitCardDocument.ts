import type { OrganizationView } from '../../../shared/contract/organization';
import type { UnitCard } from '../../../shared/contract/reports';
import { formatCalendarDate } from '../../../shared/dates';
import { actionStatusNames } from '../../../shared/rules/actionStates';
import { administrativeDocument, documentTable, heading, paragraph, renderDocx, renderPdf, roman } from '../../documents';
import type { BodyBlock, DocumentModel } from '../../documents';
import { formatCount } from './reportNumbers';
import { chartBlock } from './reportDocument';
import { reportFrame } from './reportFrame';
import { unitCardCharts } from './unitCardCharts';
import { unitCardWords } from './unitCardWording';

const TABLE_SIZE = 10;
const openStatuses = ['moi', 'da_phan_tich', 'dang_thuc_hien', 'cho_xac_minh', 'khong_hieu_qua'] as const;

function yearsTable(card: UnitCard): BodyBlock {
  return documentTable(
    [
      { header: 'Năm', width: 34, alignment: 'center' },
      { header: 'Kiểm tra CCHC', width: 44, alignment: 'center' },
      { header: 'Đánh giá ISO', width: 44, alignment: 'center' },
      { header: 'KPH nặng', width: 36, alignment: 'center' },
      { header: 'KPH nhẹ', width: 36, alignment: 'center' },
      { header: 'Điểm lưu ý', width: 36, alignment: 'center' },
      { header: 'Cơ hội cải tiến', width: 40, alignment: 'center' },
      { header: 'Chỉ tiêu đạt/ không đạt', width: '*', alignment: 'center' },
      { header: 'HĐKP hoàn thành/ đang mở', width: 60, alignment: 'center' },
    ],
    card.years.map((y) => [
      String(y.year),
      formatCount(y.cchcAudits.value),
      formatCount(y.isoAudits.value),
      formatCount(y.findingsByClass.kph_nang.value),
      formatCount(y.findingsByClass.kph_nhe.value),
      formatCount(y.findingsByClass.diem_luu_y.value),
      formatCount(y.findingsByClass.co_hoi_cai_tien.value),
      `${formatCount(y.indicatorsMet)}/${formatCount(y.indicatorsNotMet)}`,
      `${formatCount(y.actionsByStatus.da_xac_minh_hieu_qua.value)}/${formatCount(openStatuses.reduce((sum, s) => sum + y.actionsByStatus[s].value, 0))}`,
    ]),
    TABLE_SIZE,
  );
}

function auditsTable(card: UnitCard): BodyBlock {
  return documentTable(
    [
      { header: 'STT', width: 24, alignment: 'center' },
      { header: 'Thời gian', width: 110, alignment: 'center' },
      { header: 'Cuộc kiểm tra, đánh giá', width: '*' },
      { header: 'Tình trạng', width: 80 },
      { header: 'Phát hiện', width: 44, alignment: 'center' },
    ],
    card.audits.map((a, index) => [
      String(index + 1),
      a.startDate === a.endDate ? formatCalendarDate(a.endDate) : `${formatCalendarDate(a.startDate)} – ${formatCalendarDate(a.endDate)}`,
      `${a.kind === 'ISO' ? unitCardWords.iso : unitCardWords.cchc}: ${a.title}`,
      unitCardWords.auditStatus[a.status],
      formatCount(a.findings),
    ]),
    TABLE_SIZE,
  );
}

function actionsTable(card: UnitCard): BodyBlock {
  return documentTable(
    [
      { header: 'STT', width: 24, alignment: 'center' },
      { header: 'Trạng thái', width: '*' },
      { header: 'Mở ngày', width: 70, alignment: 'center' },
      { header: 'Hạn', width: 70, alignment: 'center' },
      { header: 'Hoàn thành', width: 70, alignment: 'center' },
    ],
    card.actionRows.map((a, index) => [String(index + 1), actionStatusNames[a.status], formatCalendarDate(a.openedOn), formatCalendarDate(a.dueDate), a.closedOn ? formatCalendarDate(a.closedOn) : '']),
    TABLE_SIZE,
  );
}

/** A unit's report card as a BÁO CÁO: its years in a table and two charts, every audit, and the actions with their status. */
export function unitCardDocument(card: UnitCard, organization: OrganizationView): DocumentModel {
  const [auditsChart, findingsChart] = unitCardCharts(card);
  const scope = [card.unit.inCchcScope ? 'thuộc phạm vi kiểm tra CCHC' : 'không thuộc phạm vi kiểm tra CCHC', card.unit.isoApplying ? 'áp dụng TCVN ISO 9001:2015' : 'không áp dụng ISO 9001', card.unit.active ? null : 'đã ngừng hoạt động'];
  const body: BodyBlock[] = [
    paragraph(`Cơ quan, đơn vị: ${card.unit.name} (mã ${card.unit.code}); ${scope.filter(Boolean).join('; ')}. Số liệu tính đến ngày ${formatCalendarDate(card.madeOn)}; một cuộc kiểm tra, đánh giá được tính vào năm kết thúc.`),
    heading(roman(1), 'Tổng hợp kết quả theo năm', 1),
    yearsTable(card),
    ...chartBlock(auditsChart!),
    ...chartBlock(findingsChart!),
    heading(roman(2), 'Các cuộc kiểm tra, đánh giá', 1),
    auditsTable(card),
    heading(roman(3), 'Hành động khắc phục', 1),
    card.actionRows.length ? actionsTable(card) : paragraph('Không có hành động khắc phục.'),
  ];
  return reportFrame({
    organization,
    documentCode: null,
    documentDate: null,
    year: Number(card.madeOn.slice(0, 4)),
    summary: unitCardWords.title(card.unit.name),
    body,
    recipients: ['Lưu: VT, VHXH.'],
    draft: false,
  });
}

export interface UnitCardRenderInput {
  card: UnitCard;
  organization: OrganizationView;
  resourcesDir: string;
}

/** The card as a PDF; runs on a worker thread. */
export const renderUnitCardPdf = ({ card, organization, resourcesDir }: UnitCardRenderInput) => renderPdf(administrativeDocument(unitCardDocument(card, organization)), resourcesDir);

/** Its Word copy, from the same model; runs on a worker thread. */
export const renderUnitCardDocx = ({ card, organization, resourcesDir }: UnitCardRenderInput) => renderDocx(unitCardDocument(card, organization), resourcesDir);
