import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import type { BoardFilters as Filters, BoardStatusFilter, DueFilter } from '../../../../electron/shared/contract/actions';
import { boardStatusFilters, dueFilters } from '../../../../electron/shared/contract/actions';
import { auditKinds } from '../../../../electron/shared/contract/vocabulary';
import type { AuditKind } from '../../../../electron/shared/contract/vocabulary';
import type { UnitView } from '../../../../electron/shared/contract/units';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

export type BoardFilterValues = Required<Pick<Filters, 'status'>> & Omit<Filters, 'status'> & { search: string };

export const initialBoardFilters: BoardFilterValues = { status: 'open', search: '' };

interface BoardFiltersProps {
  value: BoardFilterValues;
  onChange(next: BoardFilterValues): void;
  units: UnitView[];
  years: number[];
  dueSoonDays: number;
}

const statusLabel = (status: BoardStatusFilter): MessageKey =>
  status === 'open' || status === 'closed' || status === 'all' ? `actions.statusFilter.${status}` : `actions.status.${status}`;

/** Unit, status, kind, year and due filters, and a search without diacritics; any of them narrows the board. */
export function BoardFilters({ value, onChange, units, years, dueSoonDays }: BoardFiltersProps) {
  const { t } = useI18n();
  const set = (patch: Partial<BoardFilterValues>) => onChange({ ...value, ...patch });
  const filtered = value.status !== 'open' || value.search !== '' || value.unitId || value.kind || value.year || value.due;
  return (
    <Group align="flex-end" gap="sm" mb="md">
      <TextInput
        label={t('actions.filter.search')}
        placeholder={t('actions.filter.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.search}
        onChange={(event) => set({ search: event.currentTarget.value })}
        w={340}
      />
      <Select
        label={t('actions.filter.unit')}
        placeholder={t('actions.filter.allUnits')}
        data={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        value={value.unitId ?? null}
        onChange={(unitId) => set({ unitId: unitId ?? undefined })}
        clearable
        searchable
        w={250}
      />
      <Select
        label={t('actions.filter.status')}
        data={boardStatusFilters.map((status) => ({ value: status, label: t(statusLabel(status)) }))}
        value={value.status}
        onChange={(status) => set({ status: (status ?? 'open') as BoardStatusFilter })}
        allowDeselect={false}
        w={210}
      />
      <Select
        label={t('actions.filter.kind')}
        placeholder={t('actions.filter.allKinds')}
        data={auditKinds.map((kind) => ({ value: kind, label: t(`actions.kind.${kind}`) }))}
        value={value.kind ?? null}
        onChange={(kind) => set({ kind: (kind as AuditKind | null) ?? undefined })}
        clearable
        w={190}
      />
      <Select
        label={t('actions.filter.year')}
        placeholder={t('actions.filter.allYears')}
        data={years.map(String)}
        value={value.year ? String(value.year) : null}
        onChange={(year) => set({ year: year ? Number(year) : undefined })}
        clearable
        w={170}
      />
      <Select
        label={t('actions.filter.due')}
        placeholder={t('actions.dueFilter.any')}
        data={dueFilters.map((due) => ({ value: due, label: t(`actions.dueFilter.${due}`, { days: dueSoonDays }) }))}
        value={value.due ?? null}
        onChange={(due) => set({ due: (due as DueFilter | null) ?? undefined })}
        clearable
        w={230}
      />
      {filtered && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => onChange(initialBoardFilters)}>
          {t('actions.filter.clear')}
        </Button>
      )}
    </Group>
  );
}
