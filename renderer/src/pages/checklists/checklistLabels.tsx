import { Badge } from '@mantine/core';
import { IconArchive, IconCircleCheck, IconPencil } from '@tabler/icons-react';
import type { ChecklistItemView } from '../../../../electron/shared/contract/checklists';
import type { AnswerType, TemplatePurpose, VersionStatus } from '../../../../electron/shared/contract/vocabulary';
import { formatCalendarDate, localDateOf } from '../../../../electron/shared/dates';
import { comparatorSymbols } from '../../../../electron/shared/rules/indicators';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

export const purposeLabel: Record<TemplatePurpose, MessageKey> = {
  ISO: 'checklists.purpose.ISO',
  CCHC: 'checklists.purpose.CCHC',
  TTHC: 'checklists.purpose.TTHC',
};

export const answerTypeLabel: Record<AnswerType, MessageKey> = {
  conformity: 'checklists.answer.conformity',
  numeric: 'checklists.answer.numeric',
  yes_no: 'checklists.answer.yes_no',
  text: 'checklists.answer.text',
};

const statusLook: Record<VersionStatus, { color: string; Icon: typeof IconPencil; label: MessageKey }> = {
  draft: { color: 'indigo', Icon: IconPencil, label: 'checklists.status.draft' },
  published: { color: 'cyan', Icon: IconCircleCheck, label: 'checklists.status.published' },
  superseded: { color: 'gray', Icon: IconArchive, label: 'checklists.status.superseded' },
};

/** A version's state as an icon and words, never colour alone. */
export function VersionStatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useI18n();
  const { color, Icon, label } = statusLook[status];
  return (
    <Badge color={color} variant="light" leftSection={<Icon size={14} aria-hidden />} style={{ textTransform: 'none' }}>
      {t(label)}
    </Badge>
  );
}

/** "≥ 98%" or "≥ 1 sáng kiến", with Vietnamese number separators. */
export function useIndicatorText() {
  const { formatNumber } = useI18n();
  return (item: Pick<ChecklistItemView, 'comparator' | 'threshold' | 'numericUnit'>) => {
    if (!item.comparator || item.threshold === null) return '';
    const unit = item.numericUnit ?? '';
    const value = formatNumber(item.threshold, 2);
    return `${comparatorSymbols[item.comparator]} ${unit === '%' ? `${value}%` : `${value}${unit ? ` ${unit}` : ''}`}`;
  };
}

/** An instant as the dd/MM/yyyy it falls on in Hà Nội. */
export const calendarDateOf = (instant: string) => formatCalendarDate(localDateOf(new Date(instant)));
