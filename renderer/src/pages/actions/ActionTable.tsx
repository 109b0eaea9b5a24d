import { Group, Stack, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { ActionRow } from '../../../../electron/shared/contract/actions';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { comparePersonNames } from '../../../../electron/shared/personNames';
import { vietnameseCollator } from '../../../../electron/shared/text';
import longList from '../../components/LongList.module.css';
import { SortableHeader, useTableSort } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';
import { ActionStatusBadge } from './ActionStatusBadge';
import { DueBadge } from './DueBadge';
import { FindingClassBadge } from './FindingClassBadge';

type SortKey = 'dueDate' | 'owner' | 'ageDays';

const sorters: Record<SortKey, (a: ActionRow, b: ActionRow) => number> = {
  dueDate: (a, b) => a.dueDate.localeCompare(b.dueDate),
  owner: (a, b) => vietnameseCollator.compare(a.ownerUnitName, b.ownerUnitName) || comparePersonNames(a.ownerPersonName ?? '', b.ownerPersonName ?? ''),
  ageDays: (a, b) => a.ageDays - b.ageDays,
};

/** Overdue rows are tinted red and due-soon rows amber, beside the badge that says so in words. */
const rowTint: Partial<Record<ActionRow['dueState'], string>> = {
  overdue: 'var(--mantine-color-red-light)',
  due_soon: 'var(--mantine-color-yellow-light)',
};

interface ActionTableProps {
  rows: ActionRow[];
  onOpen(row: ActionRow): void;
  /** The scroll area's height; long lists are virtualised inside it. */
  height: string;
}

const ESTIMATED_ROW_HEIGHT = 84;

/** The actions, most urgent first unless a column is chosen; Enter opens a row, arrows move between rows. */
export function ActionTable({ rows, onOpen, height }: ActionTableProps) {
  const { t, formatNumber } = useI18n();
  const { sorted, sort, toggle } = useTableSort(rows, sorters);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change with scrolling by design; this component re-renders with them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: sorted.length, getScrollElement: () => scrollRef.current, estimateSize: () => ESTIMATED_ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  const focusRow = (index: number) => {
    if (index < 0 || index >= sorted.length) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus());
  };
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: ActionRow) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(row);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(index + (event.key === 'ArrowDown' ? 1 : -1));
    }
  };

  const header = (key: SortKey, labelKey: MessageKey, width: number | string) => (
    <SortableHeader label={t(labelKey)} width={width} active={sort.key === key} descending={sort.descending} onToggle={() => toggle(key)} />
  );

  return (
    <div ref={scrollRef} className={longList.scroller} style={{ height }} data-testid="actions-table-scroll">
      <Table stickyHeader highlightOnHover verticalSpacing="xs" data-testid="actions-table" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            {header('dueDate', 'actions.col.dueAndStatus', 215)}
            {header('owner', 'actions.col.owner', '18%')}
            <Table.Th>{t('actions.col.finding')}</Table.Th>
            <Table.Th w="27%">{t('actions.col.plan')}</Table.Th>
            {header('ageDays', 'actions.col.age', 100)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <tr style={{ height: paddingTop }} aria-hidden />}
          {items.map((item) => {
            const row = sorted[item.index]!;
            return (
              <Table.Tr
                key={row.id}
                data-index={item.index}
                data-action-id={row.id}
                data-due-state={row.dueState}
                ref={virtualizer.measureElement}
                tabIndex={0}
                aria-label={t('actions.openAction', { name: `${t('actions.findingNumber', { number: row.findingNumber })}, ${row.ownerUnitName}` })}
                onClick={() => onOpen(row)}
                onKeyDown={(event) => onRowKey(event, item.index, row)}
                style={{ cursor: 'pointer', background: rowTint[row.dueState] }}
              >
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm" fw={500}>
                      {formatCalendarDate(row.dueDate)}
                    </Text>
                    <DueBadge action={row} />
                    <ActionStatusBadge status={row.status} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {row.ownerUnitName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.ownerPersonName ?? t('actions.noOwnerPerson')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="wrap">
                    <Text size="xs" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {t('actions.findingNumber', { number: row.findingNumber })}
                    </Text>
                    <FindingClassBadge findingClass={row.findingClass} />
                  </Group>
                  <Text size="sm" lineClamp={2}>
                    {row.findingDescription}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1} title={row.auditTitle}>
                    {t(`actions.kind.${row.auditKind}`)} {row.auditYear} · {row.auditTitle}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={3} c={row.summary ? undefined : 'dimmed'}>
                    {row.summary || t('actions.noPlanYet')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(row.ageDays, 0)}</Table.Td>
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && <tr style={{ height: paddingBottom }} aria-hidden />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
