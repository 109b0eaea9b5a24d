import { Table, Text } from '@mantine/core';
import type { SectionResult } from '../../../../../electron/shared/contract/audits';
import { conformityResults } from '../../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../../i18n/I18nProvider';
import { resultLooks } from '../checklist/resultLooks';

/** Results per section: progress, each conformity result, yes/no, indicators and points. */
export function SectionResultsTable({ sections }: { sections: SectionResult[] }) {
  const { t, formatNumber } = useI18n();
  const scored = sections.some((section) => section.points !== null);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder withColumnBorders verticalSpacing="xs" data-testid="section-results">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audits.summary.section')}</Table.Th>
            <Table.Th>{t('audits.summary.answered')}</Table.Th>
            {conformityResults.map((result) => {
              const { color, Icon } = resultLooks[result];
              return (
                <Table.Th key={result} style={{ textAlign: 'center' }}>
                  <Icon size={14} color={`var(--mantine-color-${color}-7)`} aria-hidden /> {t(`audits.result.${result}`)}
                </Table.Th>
              );
            })}
            <Table.Th style={{ textAlign: 'center' }}>{t('audits.summary.yesNo')}</Table.Th>
            <Table.Th style={{ textAlign: 'center' }}>{t('audits.summary.indicators')}</Table.Th>
            {scored && <Table.Th style={{ textAlign: 'center' }}>{t('audits.summary.points')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sections.map((section) => (
            <Table.Tr key={section.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {section.code}. {section.title}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('audits.answeredOf', { answered: section.answered, total: section.total })}</Table.Td>
              {conformityResults.map((result) => (
                <Table.Td key={result} style={{ textAlign: 'center' }}>
                  {section.results[result] || '—'}
                </Table.Td>
              ))}
              <Table.Td style={{ textAlign: 'center', whiteSpace: 'nowrap' }}>{section.yes + section.no > 0 ? t('audits.summary.yesNoCounts', { yes: section.yes, no: section.no }) : '—'}</Table.Td>
              <Table.Td style={{ textAlign: 'center', whiteSpace: 'nowrap' }}>
                {section.indicatorsMet + section.indicatorsNotMet > 0 ? t('audits.summary.indicatorCounts', { met: section.indicatorsMet, notMet: section.indicatorsNotMet }) : '—'}
              </Table.Td>
              {scored && (
                <Table.Td style={{ textAlign: 'center', whiteSpace: 'nowrap' }}>
                  {section.points ? `${formatNumber(section.points.earned)}/${formatNumber(section.points.possible)}` : '—'}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
