import { ActionIcon, Badge, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconArrowLeft, IconCopy, IconDots, IconEdit } from '@tabler/icons-react';
import type { ChecklistTemplateDetail } from '../../../../electron/shared/contract/checklists';
import { useI18n } from '../../i18n/I18nProvider';
import { purposeLabel } from './checklistLabels';

interface TemplateHeaderProps {
  template: ChecklistTemplateDetail;
  onBack(): void;
  onEdit(): void;
  onClone(): void;
  onToggleRetired(): void;
}

export function TemplateHeader({ template, onBack, onEdit, onClone, onToggleRetired }: TemplateHeaderProps) {
  const { t } = useI18n();
  return (
    <Stack gap="xs" mb="md">
      <Group>
        <Button variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack}>
          {t('checklists.backToList')}
        </Button>
      </Group>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={1} size="h2">
          {template.name}
        </Title>
        <Group gap="sm" wrap="nowrap">
          <Button variant="default" leftSection={<IconCopy size={18} aria-hidden />} onClick={onClone}>
            {t('checklists.clone')}
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label={t('checklists.moreActions')}>
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconEdit size={16} aria-hidden />} onClick={onEdit}>
                {t('checklists.editInfo')}
              </Menu.Item>
              <Menu.Item leftSection={template.retired ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />} onClick={onToggleRetired}>
                {t(template.retired ? 'checklists.restore' : 'checklists.retire')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Group gap="xs">
        <Badge variant="outline" color="dark" style={{ textTransform: 'none' }}>
          {t(purposeLabel[template.purpose])}
        </Badge>
        <Text size="sm" ff="monospace" c="dimmed">
          {template.code}
        </Text>
        {template.builtIn && (
          <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
            {t('checklists.builtIn')}
          </Badge>
        )}
        {template.retired && (
          <Badge variant="outline" color="gray" leftSection={<IconArchive size={12} aria-hidden />} style={{ textTransform: 'none' }}>
            {t('checklists.retired')}
          </Badge>
        )}
        {template.clonedFrom && (
          <Text size="sm" c="dimmed">
            {t('checklists.clonedFrom', { name: template.clonedFrom.templateName, version: template.clonedFrom.version })}
          </Text>
        )}
      </Group>
      {template.description && (
        <Text size="sm" maw={900}>
          {template.description}
        </Text>
      )}
    </Stack>
  );
}
