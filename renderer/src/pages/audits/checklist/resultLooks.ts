import { IconAlertOctagon, IconAlertTriangle, IconBulb, IconCircleCheck, IconCircleMinus, IconInfoCircle } from '@tabler/icons-react';
import type { ConformityResult } from '../../../../../electron/shared/contract/vocabulary';

/** One colour per result, as in ui.md, always shown with its icon and words. */
export const resultLooks: Record<ConformityResult, { color: string; Icon: typeof IconCircleCheck }> = {
  phu_hop: { color: 'green', Icon: IconCircleCheck },
  kph_nhe: { color: 'yellow', Icon: IconAlertTriangle },
  kph_nang: { color: 'red', Icon: IconAlertOctagon },
  diem_luu_y: { color: 'blue', Icon: IconInfoCircle },
  co_hoi_cai_tien: { color: 'violet', Icon: IconBulb },
  khong_ap_dung: { color: 'gray', Icon: IconCircleMinus },
};
