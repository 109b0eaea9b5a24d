import { Badge, Table, Text } from '@mantine/core';
import type { IndicatorResult } from '../../../../../electron/shared/contract/audits';
import { comparatorSymbols } from '../../../../../electron/shared/rules/indicators';
import { useI18n } from '../../../i18n/I18nProvider';
import { IndicatorBadge } from '../checklist/IndicatorBadge';

/** Each numeric indicator: its value against its target, met or not (icon and words). */
export function IndicatorsTable({ indicators }: { indicators: IndicatorResult[] }) {
  const { t, formatNumber } = useI18n();
  const withUnit = (value: number, unit: string | null) => `${formatNumber(value, 2)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
  return (
    <Table striped withTableBorder verticalSpacing="xs" data-testid="indicators">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('audits.summary.code')}</Table.Th>
          <Table.Th>{t('audits.summary.indicator')}</Table.Th>
          <Table.Th>{t('audits.summary.target')}</Table.Th>
          <Table.Th>{t('audits.summary.value')}</Table.Th>
          <Table.Th>{t('audits.summary.result')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {indicators.map((indicator) => (
          <Table.Tr key={indicator.itemId}>
            <Table.Td ff="monospace">{indicator.code}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                {indicator.question}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {comparatorSymbols[indicator.comparator]} {withUnit(indicator.threshold, indicator.unit)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{indicator.value === null ? '—' : withUnit(indicator.value, indicator.unit)}</Table.Td>
            <Table.Td>
              {indicator.notApplicable ? (
                <Badge color="gray" variant="light" tt="none">
                  {t('audits.result.khong_ap_dung')}
                </Badge>
              ) : indicator.met === null ? (
                <Text size="sm" c="dimmed">
                  {t('audits.checklist.unanswered')}
                </Text>
              ) : (
                <IndicatorBadge met={indicator.met} />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
