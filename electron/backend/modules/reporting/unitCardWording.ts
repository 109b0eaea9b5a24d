import { findingClassNames } from '../../documents';
import { findingClasses } from '../../../shared/contract/vocabulary';

/** Words of the unit report card, in Vietnamese like the documents. */
export const unitCardWords = {
  title: (unitName: string) => `Hồ sơ theo dõi kết quả kiểm tra, đánh giá của ${unitName}`,
  year: 'Năm',
  cchc: 'Kiểm tra CCHC',
  iso: 'Đánh giá nội bộ ISO',
  auditsChart: 'Số cuộc kiểm tra, đánh giá theo năm',
  findingsChart: 'Phát hiện theo năm và phân loại',
  audits: 'Số cuộc',
  findings: 'Số phát hiện',
  classNames: findingClasses.map((c) => findingClassNames[c]),
  auditStatus: { in_progress: 'Đang thực hiện', closed: 'Đã kết thúc', locked: 'Đã ban hành biên bản' },
} as const;
