import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useMemo, useState } from 'react';

export interface SortState<Key extends string> {
  key: Key | null;
  descending: boolean;
}

/** Rows in the order the user picked by clicking a header; the original order until then. */
export function useTableSort<Row, Key extends string>(rows: Row[], comparators: Record<Key, (a: Row, b: Row) => number>) {
  const [sort, setSort] = useState<SortState<Key>>({ key: null, descending: false });
  const sorted = useMemo(() => {
    if (!sort.key) return rows;
    const ordered = [...rows].sort(comparators[sort.key]);
    return sort.descending ? ordered.reverse() : ordered;
  }, [rows, sort, comparators]);
  const toggle = (key: Key) => setSort((current) => ({ key, descending: current.key === key ? !current.descending : false }));
  return { sorted, sort, toggle };
}

interface SortableHeaderProps {
  label: string;
  active: boolean;
  descending: boolean;
  width?: number | string;
  onToggle(): void;
}

/** A column header that is a button (keyboard-reachable) and announces its order to screen readers. */
export function SortableHeader({ label, active, descending, width, onToggle }: SortableHeaderProps) {
  return (
    <Table.Th w={width} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={onToggle} fw={600}>
        <Group gap={4} wrap="nowrap">
          {label}
          {active && (descending ? <IconArrowDown size={14} aria-hidden /> : <IconArrowUp size={14} aria-hidden />)}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
