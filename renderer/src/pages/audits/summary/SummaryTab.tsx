import { Alert, Badge, Button, Group, List, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowRight } from '@tabler/icons-react';
import type { AuditDetail } from '../../../../../electron/shared/contract/audits';
import { findingClasses } from '../../../../../electron/shared/contract/vocabulary';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useI18n } from '../../../i18n/I18nProvider';
import { FindingClassBadge } from '../../actions/FindingClassBadge';
import { IndicatorsTable } from './IndicatorsTable';
import { SectionResultsTable } from './SectionResultsTable';

interface SummaryTabProps {
  audit: AuditDetail;
  onGoToItem(itemId: string): void;
  onClose(): void;
}

/** Results per section, findings per class, indicators, score, and what still stops closing. */
export function SummaryTab({ audit, onGoToItem, onClose }: SummaryTabProps) {
  const { t, formatNumber, formatPercent } = useI18n();
  const report = useApiQuery('audits.report', { auditId: audit.id });
  if (!report.data) return <Loader aria-label={t('common.loading')} />;
  const data = report.data;
  const met = data.indicators.filter((indicator) => indicator.met === true).length;
  const notMet = data.indicators.filter((indicator) => indicator.met === false).length;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            {t('audits.summary.findings')}
          </Text>
          <Stack gap={6} mt="xs">
            {findingClasses.map((findingClass) => (
              <Group key={findingClass} justify="space-between">
                <FindingClassBadge findingClass={findingClass} />
                <Text fw={700} data-testid={`count-${findingClass}`}>
                  {data.findingCounts[findingClass]}
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            {t('audits.summary.indicators')}
          </Text>
          <Text fw={700} size="xl" mt="xs">
            {t('audits.summary.indicatorCounts', { met, notMet })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('audits.summary.indicatorTotal', { count: data.indicators.length })}
          </Text>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            {t('audits.summary.score')}
          </Text>
          {data.score ? (
            <>
              <Text fw={700} size="xl" mt="xs" data-testid="score">
                {formatNumber(data.score.earned)}/{formatNumber(data.score.possible)} ({formatPercent(data.score.percent)})
              </Text>
              <Text size="xs" c="dimmed">
                {t('audits.summary.scoreRule')}
              </Text>
            </>
          ) : (
            <Text size="sm" mt="xs">
              {t('audits.summary.noPoints')}
            </Text>
          )}
        </Paper>
      </SimpleGrid>

      <section aria-labelledby="summary-sections">
        <Title order={2} size="h4" mb="xs" id="summary-sections">
          {t('audits.summary.bySection')}
        </Title>
        <SectionResultsTable sections={data.sections} />
      </section>

      {data.indicators.length > 0 && (
        <section aria-labelledby="summary-indicators">
          <Title order={2} size="h4" mb="xs" id="summary-indicators">
            {t('audits.summary.indicatorsTitle')}
          </Title>
          <IndicatorsTable indicators={data.indicators} />
        </section>
      )}

      {audit.status === 'in_progress' &&
        (data.closeBlockers.length > 0 ? (
          <Alert color="yellow" icon={<IconAlertCircle size={18} aria-hidden />} title={t('audits.close.blockedTitle', { count: data.closeBlockers.length })}>
            <List size="sm" spacing={4}>
              {data.closeBlockers.slice(0, 30).map((blocker) => (
                <List.Item key={blocker.itemId}>
                  <Group gap="xs">
                    <Text size="sm">
                      {t(blocker.problem === 'unanswered' ? 'audits.close.unanswered' : 'audits.close.noReason', { code: blocker.code })}
                    </Text>
                    <Button size="compact-xs" variant="subtle" rightSection={<IconArrowRight size={12} aria-hidden />} onClick={() => onGoToItem(blocker.itemId)}>
                      {t('audits.close.goTo')}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
            {data.closeBlockers.length > 30 && (
              <Badge mt="xs" variant="light" color="gray" tt="none">
                {t('audits.close.more', { count: data.closeBlockers.length - 30 })}
              </Badge>
            )}
          </Alert>
        ) : (
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('audits.close.button')}</Button>
          </Group>
        ))}
    </Stack>
  );
}
