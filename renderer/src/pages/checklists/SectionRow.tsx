import { Group, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ChecklistSectionView } from '../../../../electron/shared/contract/checklists';
import { useI18n } from '../../i18n/I18nProvider';
import { EditorRowFrame } from './EditorRowFrame';
import type { EditorRowProps } from './EditorRowFrame';
import { RowActions } from './RowActions';

export interface SectionRowProps extends EditorRowProps {
  section: ChecklistSectionView;
  onAddItem(): void;
}

export function SectionRow({ section, first, last, editable, drop, drag, onKeyDown, onAddItem, onEdit, onMove, onDelete }: SectionRowProps) {
  const { t } = useI18n();
  const asked = section.items.filter((item) => !item.retired).length;
  const heading = t('checklists.section.heading', { code: section.code, title: section.title });
  return (
    <EditorRowFrame rowKey={`section:${section.id}`} label={heading} editable={editable} drop={drop} section drag={drag} onKeyDown={onKeyDown}>
      <Group justify="space-between" wrap="nowrap" style={{ flex: 1 }} data-section-code={section.code}>
        <Group gap="sm" wrap="nowrap">
          <Title order={2} size="h4">
            {heading}
          </Title>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('checklists.section.count', { count: asked })}
          </Text>
        </Group>
        {editable && (
          <RowActions
            target={heading}
            actions={[
              { label: t('checklists.item.add'), icon: <IconPlus size={18} aria-hidden />, onClick: onAddItem },
              { label: t('common.edit'), shortcut: 'Enter', icon: <IconEdit size={18} aria-hidden />, onClick: onEdit },
              { label: t('checklists.moveUp'), shortcut: 'Alt+↑', icon: <IconArrowUp size={18} aria-hidden />, disabled: first, onClick: () => onMove(-1) },
              { label: t('checklists.moveDown'), shortcut: 'Alt+↓', icon: <IconArrowDown size={18} aria-hidden />, disabled: last, onClick: () => onMove(1) },
              { label: t('checklists.section.delete'), icon: <IconTrash size={18} aria-hidden />, color: 'red', onClick: onDelete },
            ]}
          />
        )}
      </Group>
    </EditorRowFrame>
  );
}
