import type { SelectionNote } from '../../../shared/contract/programme';

const lastPhrase = (note: SelectionNote) => (note.lastYear === null ? '' : ` (đánh giá gần nhất năm ${note.lastYear})`);

function riskPhrase(note: SelectionNote): string {
  const parts = [
    note.openMajorNonconformities > 0 ? `${note.openMajorNonconformities} điểm không phù hợp nặng chưa khắc phục` : '',
    note.overdueCorrectiveActions > 0 ? `${note.overdueCorrectiveActions} hành động khắc phục quá hạn` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/**
 * Why the generator put a unit in the plan, as the plan and its Excel file state it. It is built from
 * the note kept with the programme when it was generated, so the paper gives the reason of that time.
 */
const addedByPlanner = 'Bổ sung khi điều chỉnh kế hoạch';

export function selectionReasonText(note: SelectionNote | null): string {
  if (!note) return addedByPlanner;
  const risk = riskPhrase(note);
  const withRisk = (text: string) => (risk ? `${text}; còn ${risk}` : text);
  switch (note.reason) {
    case 'inScope':
      return withRisk('Thuộc phạm vi kiểm tra CCHC hằng năm (chỉ tiêu 1.2)');
    case 'rotationDue':
      return withRisk(`Đến hạn chu kỳ luân phiên${lastPhrase(note)}`);
    case 'neverEvaluated':
      return withRisk('Chưa từng được đánh giá');
    case 'risk':
      return `Ưu tiên do rủi ro, còn ${risk}${lastPhrase(note)}`;
    case 'longestSince':
      return `Bổ sung cho đủ tỷ lệ tối thiểu: lâu nhất chưa được đánh giá${lastPhrase(note)}`;
    case 'addedByPlanner':
      return withRisk(`${addedByPlanner}${lastPhrase(note)}`);
  }
}
