import { Button, Group, Select, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PersonView } from '../../../../electron/shared/contract/people';
import type { UnitView } from '../../../../electron/shared/contract/units';
import { useI18n } from '../../i18n/I18nProvider';
import type { EntryFilters } from './entryFilters';
import { isFiltering, noFilters } from './entryFilters';
import { LabelledSegments } from './LabelledSegments';

export type ProgrammeViewMode = 'list' | 'calendar';

interface ProgrammeFiltersBarProps {
  /** The "add inspection" button while the programme is a draft. */
  addAction?: ReactNode;
  filters: EntryFilters;
  onChange(filters: EntryFilters): void;
  view: ProgrammeViewMode;
  onViewChange(view: ProgrammeViewMode): void;
  units: UnitView[];
  people: PersonView[];
  shown: number;
  total: number;
}

export function ProgrammeFiltersBar({ addAction, filters, onChange, view, onViewChange, units, people, shown, total }: ProgrammeFiltersBarProps) {
  const { t } = useI18n();
  return (
    <Group align="flex-end" mb="md" gap="md">
      <LabelledSegments
        label={t('programme.view.label')}
        value={view}
        onChange={onViewChange}
        data={[
          { value: 'list', label: t('programme.view.list') },
          { value: 'calendar', label: t('programme.view.calendar') },
        ]}
      />
      <LabelledSegments
        label={t('programme.filter.kind')}
        value={filters.kind ?? 'all'}
        onChange={(value) => onChange({ ...filters, kind: value === 'all' ? null : value })}
        data={[
          { value: 'all', label: t('programme.filter.all') },
          { value: 'CCHC', label: t('programme.kind.CCHC') },
          { value: 'ISO', label: t('programme.kind.ISO') },
        ]}
      />
      <Select
        label={t('programme.filter.unit')}
        placeholder={t('programme.filter.allUnits')}
        clearable
        searchable
        data={units.map((u) => ({ value: u.id, label: u.name }))}
        value={filters.unitId}
        onChange={(unitId) => onChange({ ...filters, unitId })}
        w={230}
      />
      <Select
        label={t('programme.filter.person')}
        placeholder={t('programme.filter.allPeople')}
        clearable
        searchable
        data={people.map((p) => ({ value: p.id, label: p.fullName }))}
        value={filters.personId}
        onChange={(personId) => onChange({ ...filters, personId })}
        w={210}
      />
      {isFiltering(filters) && (
        <Button variant="subtle" onClick={() => onChange(noFilters)}>
          {t('programme.filter.clear')}
        </Button>
      )}
      <Group ml="auto" gap="md" align="flex-end">
        <Text size="sm" c="dimmed" mb={8} aria-live="polite">
          {t('programme.filter.count', { count: shown, total })}
        </Text>
        {addAction}
      </Group>
    </Group>
  );
}
