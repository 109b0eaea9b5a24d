import { Group, List, Text, Tooltip } from '@mantine/core';
import { IconAlertOctagonFilled, IconAlertTriangleFilled } from '@tabler/icons-react';
import type { ProgrammeViolation } from '../../../../electron/shared/contract/programme';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

/** An entry's problems: a red or amber icon with their count, the sentences in a tooltip. */
export function EntryIssues({ issues }: { issues: ProgrammeViolation[] }) {
  const { t } = useI18n();
  if (issues.length === 0) return null;
  const hard = issues.some((issue) => issue.severity === 'hard');
  const Icon = hard ? IconAlertOctagonFilled : IconAlertTriangleFilled;
  const messages = issues.map((issue) => t(`programme.violation.${issue.code}` as MessageKey, issue.params));
  return (
    <Tooltip
      multiline
      w={360}
      label={
        <List size="xs">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      }
    >
      <Group gap={4} wrap="nowrap" tabIndex={0} aria-label={messages.join(' ')} data-testid="entry-issues">
        <Icon size={16} aria-hidden color={hard ? 'var(--mantine-color-red-7)' : 'var(--mantine-color-yellow-8)'} />
        <Text size="xs" c={hard ? 'red.8' : 'yellow.9'} fw={600} style={{ whiteSpace: 'nowrap' }}>
          {t('programme.issueCount', { count: issues.length })}
        </Text>
      </Group>
    </Tooltip>
  );
}
