import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconCopy, IconFileSpreadsheet } from '@tabler/icons-react';
import type { ChecklistTemplateSummary } from '../../../../electron/shared/contract/checklists';
import { useI18n } from '../../i18n/I18nProvider';
import { calendarDateOf, purposeLabel, VersionStatusBadge } from './checklistLabels';
import { RowActions } from './RowActions';

interface TemplateTableProps {
  templates: ChecklistTemplateSummary[];
  onOpen(template: ChecklistTemplateSummary): void;
  onClone(template: ChecklistTemplateSummary): void;
  onExport(template: ChecklistTemplateSummary): void;
}

export function TemplateTable({ templates, onOpen, onClone, onExport }: TemplateTableProps) {
  const { t } = useI18n();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" data-testid="checklist-templates">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('checklists.col.name')}</Table.Th>
          <Table.Th>{t('checklists.col.purpose')}</Table.Th>
          <Table.Th>{t('checklists.col.published')}</Table.Th>
          <Table.Th>{t('checklists.col.draft')}</Table.Th>
          <Table.Th ta="right">{t('checklists.col.audits')}</Table.Th>
          <Table.Th>{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {templates.map((template) => (
          <Table.Tr key={template.id} data-template-code={template.code}>
            <Table.Td>
              <Stack gap={2}>
                <Anchor component="button" type="button" fw={600} ta="left" onClick={() => onOpen(template)}>
                  {template.name}
                </Anchor>
                <Group gap={6}>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {template.code}
                  </Text>
                  {template.builtIn && (
                    <Badge size="xs" variant="outline" color="gray" style={{ textTransform: 'none' }}>
                      {t('checklists.builtIn')}
                    </Badge>
                  )}
                  {template.retired && (
                    <Badge size="xs" variant="outline" color="gray" style={{ textTransform: 'none' }}>
                      {t('checklists.retired')}
                    </Badge>
                  )}
                </Group>
              </Stack>
            </Table.Td>
            <Table.Td>{t(purposeLabel[template.purpose])}</Table.Td>
            <Table.Td>
              {template.published ? (
                <Stack gap={2}>
                  <Group gap={6}>
                    <VersionStatusBadge status="published" />
                    <Text size="sm">{t('checklists.versionShort', { version: template.published.version })}</Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('checklists.publishedSummary', { count: template.published.itemCount, at: calendarDateOf(template.published.publishedAt) })}
                  </Text>
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('checklists.notPublished')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {template.draft ? (
                <Group gap={6}>
                  <VersionStatusBadge status="draft" />
                  <Text size="sm">{t('checklists.versionShort', { version: template.draft.version })}</Text>
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{template.auditCount}</Table.Td>
            <Table.Td>
              <RowActions
                target={template.name}
                actions={[
                  { label: t('checklists.clone'), icon: <IconCopy size={18} aria-hidden />, onClick: () => onClone(template) },
                  { label: t('checklists.export'), icon: <IconFileSpreadsheet size={18} aria-hidden />, onClick: () => onExport(template) },
                ]}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
