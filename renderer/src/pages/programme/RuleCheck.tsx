import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertOctagonFilled, IconAlertTriangleFilled, IconCircleCheckFilled } from '@tabler/icons-react';
import type { ProgrammeViolation } from '../../../../electron/shared/contract/programme';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

interface RuleCheckProps {
  violations: ProgrammeViolation[];
  onShowEntry(entryId: string): void;
}

function ViolationGroup({ items, severity, onShowEntry }: { items: ProgrammeViolation[]; severity: 'hard' | 'warning'; onShowEntry(id: string): void }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  const hard = severity === 'hard';
  const Icon = hard ? IconAlertOctagonFilled : IconAlertTriangleFilled;
  const color = hard ? 'var(--mantine-color-red-7)' : 'var(--mantine-color-yellow-8)';
  return (
    <Stack gap={4} data-testid={hard ? 'violations-hard' : 'violations-warnings'}>
      <Group gap={6}>
        <Icon size={18} aria-hidden color={color} />
        <Text fw={600} c={hard ? 'red.8' : 'yellow.9'}>
          {t(hard ? 'programme.violations.hard' : 'programme.violations.warnings', { count: items.length })}
        </Text>
      </Group>
      <List size="sm" spacing={2} withPadding>
        {items.map((violation, index) => (
          <List.Item key={`${violation.code}-${index}`}>
            {t(`programme.violation.${violation.code}` as MessageKey, violation.params)}
            {violation.entryIds[0] && (
              <>
                {' '}
                <Anchor component="button" type="button" size="sm" onClick={() => onShowEntry(violation.entryIds[0]!)}>
                  {t('programme.violations.show')}
                </Anchor>
              </>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Every rule the programme breaks: errors, which block approval, and warnings. */
export function RuleCheck({ violations, onShowEntry }: RuleCheckProps) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="rules-title" aria-live="polite">
      <Title order={2} size="h5" mb="sm" id="rules-title">
        {t('programme.violations.title')}
      </Title>
      {violations.length === 0 ? (
        <Group gap={6}>
          <IconCircleCheckFilled size={18} aria-hidden color="var(--mantine-color-green-7)" />
          <Text>{t('programme.violations.none')}</Text>
        </Group>
      ) : (
        <Stack gap="sm" mah={260} style={{ overflowY: 'auto' }}>
          <ViolationGroup items={violations.filter((v) => v.severity === 'hard')} severity="hard" onShowEntry={onShowEntry} />
          <ViolationGroup items={violations.filter((v) => v.severity === 'warning')} severity="warning" onShowEntry={onShowEntry} />
        </Stack>
      )}
    </Paper>
  );
}
