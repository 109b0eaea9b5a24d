import { ActionIcon, Anchor, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconEdit, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { UnitView } from '../../../../electron/shared/contract/units';
import { vietnameseCollator } from '../../../../electron/shared/text';
import { SortableHeader, useTableSort } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';
import { YesNoBadge } from './UnitStatusBadges';
import { routeHash } from '../../app/routes';

type SortKey = 'code' | 'name' | 'type';

interface UnitTableProps {
  units: UnitView[];
  onEdit(unit: UnitView): void;
  onToggleActive(unit: UnitView): void;
}

export function UnitTable({ units, onEdit, onToggleActive }: UnitTableProps) {
  const { t } = useI18n();
  const comparators = useMemo<Record<SortKey, (a: UnitView, b: UnitView) => number>>(
    () => ({
      code: (a, b) => vietnameseCollator.compare(a.code, b.code),
      name: (a, b) => vietnameseCollator.compare(a.name, b.name),
      type: (a, b) => vietnameseCollator.compare(t(`unitCategory.${a.category}`), t(`unitCategory.${b.category}`)),
    }),
    [t],
  );
  const { sorted, sort, toggle } = useTableSort(units, comparators);

  const header = (key: SortKey, labelKey: MessageKey) => (
    <SortableHeader label={t(labelKey)} active={sort.key === key} descending={sort.descending} onToggle={() => toggle(key)} />
  );

  return (
    <Table striped highlightOnHover stickyHeader verticalSpacing="sm" data-testid="units-table">
      <Table.Thead>
        <Table.Tr>
          {header('code', 'units.col.code')}
          {header('name', 'units.col.name')}
          {header('type', 'units.col.type')}
          <Table.Th>{t('units.col.cchc')}</Table.Th>
          <Table.Th>{t('units.col.iso')}</Table.Th>
          <Table.Th>{t('units.col.status')}</Table.Th>
          <Table.Th>{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((unit) => (
          <Table.Tr key={unit.id} data-unit-code={unit.code}>
            <Table.Td>
              <Text ff="monospace" size="sm">
                {unit.code}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text fw={500}>
                <Anchor href={routeHash({ page: 'reports', reportId: null, unitId: unit.id })} title={t('isoReports.unitCard.open')}>
                  {unit.name}
                </Anchor>
              </Text>
              {unit.headName && (
                <Text size="xs" c="dimmed">
                  {t('units.col.head')}: {unit.headName}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{t(`unitCategory.${unit.category}`)}</Table.Td>
            <Table.Td>
              <YesNoBadge value={unit.inCchcScope} yesKey="units.inScope" noKey="units.outOfScope" />
            </Table.Td>
            <Table.Td>
              <YesNoBadge value={unit.isoApplying} yesKey="units.isoYes" noKey="units.isoNo" />
            </Table.Td>
            <Table.Td>
              <YesNoBadge value={unit.active} yesKey="units.active" noKey="units.inactive" />
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t('common.edit')}>
                  <ActionIcon variant="subtle" size="lg" aria-label={`${t('common.edit')}: ${unit.name}`} onClick={() => onEdit(unit)}>
                    <IconEdit size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t(unit.active ? 'units.deactivate' : 'units.reactivate')}>
                  <ActionIcon
                    variant="subtle"
                    size="lg"
                    color={unit.active ? 'red' : 'green'}
                    aria-label={`${t(unit.active ? 'units.deactivate' : 'units.reactivate')}: ${unit.name}`}
                    onClick={() => onToggleActive(unit)}
                  >
                    {unit.active ? <IconPlayerPause size={18} aria-hidden /> : <IconPlayerPlay size={18} aria-hidden />}
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
