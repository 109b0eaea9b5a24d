import { Button, SimpleGrid, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { HolidayView } from '../../../../electron/shared/contract/holidays';
import type { PersonView } from '../../../../electron/shared/contract/people';
import type { PlannedInspectionView, ProgrammeView } from '../../../../electron/shared/contract/programme';
import type { UnitView } from '../../../../electron/shared/contract/units';
import { EmptyHint } from '../../components/EmptyHint';
import { useI18n } from '../../i18n/I18nProvider';
import { CoverageMeter } from './CoverageMeter';
import { isFiltering, matchesFilters, noFilters } from './entryFilters';
import type { EntryFilters } from './entryFilters';
import { issuesByEntry } from './issuesByEntry';
import { MonthList } from './MonthList';
import { ProgrammeFiltersBar } from './ProgrammeFiltersBar';
import type { ProgrammeViewMode } from './ProgrammeFiltersBar';
import { RuleCheck } from './RuleCheck';
import { WorkloadPanel } from './WorkloadPanel';
import { YearCalendar } from './YearCalendar';

interface ProgrammeWorkspaceProps {
  programme: ProgrammeView;
  units: UnitView[];
  people: PersonView[];
  holidays: HolidayView[];
  onAdd(): void;
  onEdit(entry: PlannedInspectionView): void;
  onRemove(entry: PlannedInspectionView): void;
}

/** Coverage and rules on top, then the filtered schedule as a month list or a year calendar. */
export function ProgrammeWorkspace({ programme, units, people, holidays, onAdd, onEdit, onRemove }: ProgrammeWorkspaceProps) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<EntryFilters>(noFilters);
  const [view, setView] = useState<ProgrammeViewMode>('list');
  const [selectedDay, setSelectedDay] = useState<string | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const issues = issuesByEntry(programme.violations);
  const shown = programme.entries.filter((entry) => matchesFilters(entry, filters));
  const editable = programme.status === 'draft';
  const startable = programme.status === 'approved';
  const teamPeople = people.filter((p) => programme.entries.some((e) => e.team.some((m) => m.personId === p.id)));

  const showEntry = (entryId: string) => {
    setFilters(noFilters);
    setView('list');
    setHighlightId(entryId);
    requestAnimationFrame(() => {
      const row = document.getElementById(`entry-${entryId}`);
      row?.scrollIntoView({ block: 'center' });
      row?.focus();
    });
  };

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <CoverageMeter coverage={programme.coverage} units={units} />
        <RuleCheck violations={programme.violations} onShowEntry={showEntry} />
      </SimpleGrid>
      <div>
        <ProgrammeFiltersBar
          addAction={
            editable && (
              <Button leftSection={<IconPlus size={18} aria-hidden />} variant="light" onClick={onAdd}>
                {t('programme.add')}
              </Button>
            )
          }
          filters={filters}
          onChange={setFilters}
          view={view}
          onViewChange={setView}
          units={units.filter((u) => programme.entries.some((e) => e.unitId === u.id))}
          people={teamPeople}
          shown={shown.length}
          total={programme.entries.length}
        />
        {shown.length === 0 && isFiltering(filters) ? (
          <EmptyHint message={t('programme.filter.noMatch')} />
        ) : view === 'list' ? (
          <MonthList entries={shown} issues={issues} editable={editable} startable={startable} highlightId={highlightId} onEdit={onEdit} onRemove={onRemove} />
        ) : (
          <YearCalendar
            year={programme.year}
            today={programme.today}
            entries={shown}
            holidays={holidays}
            schedulingMonths={programme.schedulingMonths}
            issues={issues}
            selectedDay={selectedDay}
            onSelectDay={setSelectedDay}
            editable={editable}
            startable={startable}
            onEdit={onEdit}
            onRemove={onRemove}
          />
        )}
      </div>
      <WorkloadPanel workload={programme.workload} />
    </Stack>
  );
}
