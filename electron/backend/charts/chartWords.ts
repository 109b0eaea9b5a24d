import type { FindingClass } from '../../shared/contract/vocabulary';
import { findingClassNames } from '../documents/documentTerms';

/** The charts' titles and labels, in Vietnamese as on the documents. */
export const chartWords = {
  inspectionsByMonth: { title: 'Cuộc kiểm tra theo tháng: kế hoạch và đã thực hiện', month: 'Tháng', planned: 'Kế hoạch', done: 'Đã thực hiện', axis: 'Số cuộc' },
  findingsByClass: { title: 'Phát hiện theo phân loại', class: 'Phân loại', count: 'Số phát hiện' },
  actionsByStatus: { title: 'Hành động khắc phục chưa hoàn thành theo trạng thái và thời gian mở', group: 'Nhóm', count: 'Số hành động' },
  agingBucket: { d0_30: 'Mở dưới 31 ngày', d31_60: 'Mở 31–60 ngày', d61_90: 'Mở 61–90 ngày', d90_plus: 'Mở trên 90 ngày' },
  className: (findingClass: FindingClass) => findingClassNames[findingClass],
};
