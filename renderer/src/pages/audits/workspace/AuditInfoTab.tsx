import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import type { AuditDetail } from '../../../../../electron/shared/contract/audits';
import { formatCalendarDate, formatInstant } from '../../../../../electron/shared/dates';
import { useI18n } from '../../../i18n/I18nProvider';

/** What the minutes will say about the audit: legal basis, time and place, team and representatives. */
export function AuditInfoTab({ audit, readOnly, onEdit }: { audit: AuditDetail; readOnly: boolean; onEdit(): void }) {
  const { t } = useI18n();
  const basis = (number: string, date: string | null) => (number ? t('audits.info.numberDate', { number, date: date ? formatCalendarDate(date) : '—' }) : t('audits.info.none'));
  const facts: [string, string][] = [
    [t('audits.form.kind'), t(`audits.kind.${audit.kind}`)],
    [t('audits.form.unit'), audit.unitName],
    [t('audits.form.template'), t('audits.info.templateVersion', { name: audit.templateName, version: audit.templateVersion })],
    [t('audits.info.dates'), `${formatCalendarDate(audit.startDate)} – ${formatCalendarDate(audit.endDate)}`],
    [t('audits.form.place'), audit.place || t('audits.info.none')],
    [t('audits.form.decisionNumber'), basis(audit.decisionNumber, audit.decisionDate)],
    [t('audits.form.planNumber'), basis(audit.planNumber, audit.planDate)],
    [t('audits.form.objective'), audit.objective || t('audits.info.none')],
    [t('audits.form.scope'), audit.scope || t('audits.info.none')],
    [t('audits.form.criteria'), audit.criteria || t('audits.info.none')],
  ];
  if (audit.closedAt) facts.push([t('audits.info.closedAt'), formatInstant(audit.closedAt)]);
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('audits.info.title')}
        </Title>
        {!readOnly && (
          <Button variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={onEdit}>
            {t('audits.info.edit')}
          </Button>
        )}
      </Group>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={260}>{label}</Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="xs">
            {t('audits.team.title')}
          </Title>
          {audit.team.map((member) => (
            <Text key={member.id} size="sm">
              <Text span fw={600}>
                {member.fullName}
              </Text>{' '}
              — {t(`audits.role.${member.role}`)}
              {member.position ? `, ${member.position}` : ''}
            </Text>
          ))}
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="xs">
            {t('audits.reps.title')}
          </Title>
          {audit.representatives.map((representative) => (
            <Text key={representative.id} size="sm">
              <Text span fw={600}>
                {representative.fullName}
              </Text>
              {representative.position ? ` — ${representative.position}` : ''}
            </Text>
          ))}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
