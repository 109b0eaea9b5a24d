import { Badge } from '@mantine/core';
import type { FindingClass } from '../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../i18n/I18nProvider';

/** The colours of ui.md: major red, minor amber, observation blue, improvement violet; always with the words. */
const findingClassColor: Record<FindingClass, string> = {
  kph_nang: 'red',
  kph_nhe: 'yellow',
  diem_luu_y: 'blue',
  co_hoi_cai_tien: 'violet',
};

export function FindingClassBadge({ findingClass }: { findingClass: FindingClass }) {
  const { t } = useI18n();
  return (
    <Badge color={findingClassColor[findingClass]} variant="dot" tt="none" style={{ whiteSpace: 'nowrap' }}>
      {t(`actions.findingClass.${findingClass}`)}
    </Badge>
  );
}
