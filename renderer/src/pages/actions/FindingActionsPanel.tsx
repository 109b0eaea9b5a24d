import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDot, IconPlus } from '@tabler/icons-react';
import { EmptyHint } from '../../components/EmptyHint';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionListItem } from './ActionListItem';
import { FindingClassBadge } from './FindingClassBadge';
import { useActionEditor } from './useActionEditor';

interface FindingActionsPanelProps {
  auditId: string;
}

/**
 * For the audit page: each finding with its open and closed corrective actions, a button to create
 * one, and the drawer that moves an action through its statuses.
 */
export function FindingActionsPanel({ auditId }: FindingActionsPanelProps) {
  const { t } = useI18n();
  const audit = useApiQuery('actions.byAudit', { auditId });
  const editor = useActionEditor();
  const data = audit.data?.auditId === auditId ? audit.data : undefined;
  return (
    <section aria-labelledby={`actions-panel-${auditId}`} data-testid="finding-actions-panel">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={`actions-panel-${auditId}`}>
          {t('actions.panel.title')}
        </Title>
        {data && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('actions.panel.counts', { open: data.openActions, closed: data.closedActions })}
          </Text>
        )}
      </Group>
      {data && data.findings.length === 0 && <EmptyHint message={t('actions.panel.noFindings')} />}
      <Stack gap="sm">
        {data?.findings.map((finding) => (
          <Paper key={finding.id} withBorder p="md" radius="md" data-finding-number={finding.number}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Group gap={8} mb={4}>
                  <Text fw={600}>{t('actions.findingNumber', { number: finding.number })}</Text>
                  <FindingClassBadge findingClass={finding.findingClass} />
                  <Badge
                    variant="light"
                    color={finding.status === 'closed' ? 'green' : 'gray'}
                    leftSection={finding.status === 'closed' ? <IconCircleCheck size={14} aria-hidden /> : <IconCircleDot size={14} aria-hidden />}
                    tt="none"
                  >
                    {t(`actions.findingStatus.${finding.status}`)}
                  </Badge>
                </Group>
                <Text size="sm">{finding.description}</Text>
              </div>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                aria-label={t('actions.panel.createFor', { number: finding.number })}
                onClick={() => editor.createFor(finding)}
                style={{ flexShrink: 0 }}
              >
                {t('actions.panel.create')}
              </Button>
            </Group>
            <Stack gap={6} mt="sm">
              {finding.actions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('actions.panel.noActions')}
                </Text>
              ) : (
                finding.actions.map((action) => <ActionListItem key={action.id} action={action} onOpen={() => editor.open(action.id)} />)
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
      {editor.elements}
    </section>
  );
}
