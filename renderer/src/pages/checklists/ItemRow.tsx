import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconBan, IconEdit, IconPaperclip, IconRestore, IconTrash } from '@tabler/icons-react';
import type { ChecklistItemView } from '../../../../electron/shared/contract/checklists';
import { useI18n } from '../../i18n/I18nProvider';
import { answerTypeLabel, useIndicatorText } from './checklistLabels';
import { EditorRowFrame } from './EditorRowFrame';
import type { EditorRowProps } from './EditorRowFrame';
import { RowActions } from './RowActions';

export interface ItemRowProps extends EditorRowProps {
  item: ChecklistItemView;
  onToggleRetired(): void;
}

const plainBadge = { variant: 'outline', color: 'gray', style: { textTransform: 'none' } } as const;

export function ItemRow({ item, first, last, editable, drop, drag, onKeyDown, onEdit, onMove, onToggleRetired, onDelete }: ItemRowProps) {
  const { t, formatNumber } = useI18n();
  const indicatorText = useIndicatorText();
  const target = `${item.code} ${item.question}`;
  return (
    <EditorRowFrame rowKey={`item:${item.id}`} label={t('checklists.item.label', { code: item.code, question: item.question })} editable={editable} drop={drop} muted={item.retired} drag={drag} onKeyDown={onKeyDown}>
      <Badge variant="light" color="dark" radius="sm" mt={2} style={{ textTransform: 'none', flex: 'none', minWidth: 76 }}>
        {item.code}
      </Badge>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }} data-item-code={item.code}>
        {(item.reference || item.referenceTitle) && (
          <Text size="xs" c="dimmed">
            {[item.reference, item.referenceTitle].filter(Boolean).join(' – ')}
          </Text>
        )}
        <Text fw={500} td={item.retired ? 'line-through' : undefined} c={item.retired ? 'dimmed' : undefined}>
          {item.question}
        </Text>
        {item.evidenceHint && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {t('checklists.item.evidenceShort', { text: item.evidenceHint })}
          </Text>
        )}
        <Group gap={6}>
          <Badge {...plainBadge}>
            {t(answerTypeLabel[item.answerType])}
            {item.answerType === 'numeric' && ` ${indicatorText(item)}`}
          </Badge>
          {item.points !== null && <Badge {...plainBadge}>{t('checklists.item.pointsShort', { points: formatNumber(item.points, 2) })}</Badge>}
          {item.evidenceRequired && (
            <Badge {...plainBadge} leftSection={<IconPaperclip size={12} aria-hidden />}>
              {t('checklists.item.evidenceRequired')}
            </Badge>
          )}
          {item.usuallyNotApplicable && (
            <Badge {...plainBadge} title={item.notApplicableHint}>
              {t('checklists.item.usuallyNotApplicableShort')}
            </Badge>
          )}
          {item.retired && (
            <Badge variant="filled" color="gray" leftSection={<IconBan size={12} aria-hidden />} style={{ textTransform: 'none' }}>
              {t('checklists.item.retiredBadge')}
            </Badge>
          )}
        </Group>
      </Stack>
      {editable && (
        <RowActions
          target={target}
          actions={[
            { label: t('common.edit'), shortcut: 'Enter', icon: <IconEdit size={18} aria-hidden />, onClick: onEdit },
            { label: t('checklists.moveUp'), shortcut: 'Alt+↑', icon: <IconArrowUp size={18} aria-hidden />, disabled: first, onClick: () => onMove(-1) },
            { label: t('checklists.moveDown'), shortcut: 'Alt+↓', icon: <IconArrowDown size={18} aria-hidden />, disabled: last, onClick: () => onMove(1) },
            item.retired
              ? { label: t('checklists.item.restore'), icon: <IconRestore size={18} aria-hidden />, onClick: onToggleRetired }
              : { label: t('checklists.item.retire'), icon: <IconBan size={18} aria-hidden />, onClick: onToggleRetired },
            { label: t('checklists.item.delete'), icon: <IconTrash size={18} aria-hidden />, color: 'red', onClick: onDelete },
          ]}
        />
      )}
    </EditorRowFrame>
  );
}
