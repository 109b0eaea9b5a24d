import { Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertOctagonFilled } from '@tabler/icons-react';
import type { HolidayView } from '../../../../electron/shared/contract/holidays';
import type { PlannedInspectionView, ProgrammeViolation } from '../../../../electron/shared/contract/programme';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { monthParams } from './monthName';
import { EntryTable } from './EntryTable';
import classes from './YearCalendar.module.css';

interface YearCalendarProps {
  year: number;
  entries: PlannedInspectionView[];
  holidays: HolidayView[];
  schedulingMonths: number[];
  issues: Map<string, ProgrammeViolation[]>;
  selectedDay: string | null;
  onSelectDay(day: string): void;
  editable: boolean;
  onEdit(entry: PlannedInspectionView): void;
  onRemove(entry: PlannedInspectionView): void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month's days, Monday first, with nulls before the 1st. */
function monthCells(year: number, month: number): (string | null)[] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [...Array.from({ length: (first + 6) % 7 }, () => null), ...Array.from({ length: days }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`)];
}

interface MonthProps extends Pick<YearCalendarProps, 'year' | 'selectedDay' | 'onSelectDay'> {
  month: number;
  byDay: Map<string, PlannedInspectionView[]>;
  holidays: Map<string, string>;
  issueDays: Set<string>;
  inSchedule: boolean;
}

function MonthGrid({ year, month, byDay, holidays, issueDays, inSchedule, selectedDay, onSelectDay }: MonthProps) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="xs" radius="md" className={inSchedule ? undefined : classes.offMonth} component="section" aria-label={t('programme.monthTitle', monthParams(month))}>
      <Text fw={600} size="sm" mb={4}>
        {t('programme.monthTitle', monthParams(month))}
      </Text>
      <div className={classes.grid}>
        {t('programme.weekdaysShort')
          .split(',')
          .map((name) => (
            <div key={name} className={classes.weekday} aria-hidden>
              {name}
            </div>
          ))}
        {monthCells(year, month).map((day, index) => {
          if (!day) return <div key={`blank-${index}`} />;
          const number = Number(day.slice(8));
          const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
          const planned = byDay.get(day);
          const holiday = holidays.get(day);
          if (planned) {
            const issue = issueDays.has(day);
            const className = [classes.day, classes.planned, issue ? classes.issue : '', selectedDay === day ? classes.selected : ''].join(' ');
            return (
              <UnstyledButton
                key={day}
                className={className}
                aria-label={t('programme.calendar.dayLabel', { date: formatCalendarDate(day), count: planned.length })}
                aria-pressed={selectedDay === day}
                onClick={() => onSelectDay(day)}
              >
                {number}
              </UnstyledButton>
            );
          }
          const className = [classes.day, holiday ? classes.holiday : '', weekday === 0 || weekday === 6 ? classes.weekend : ''].join(' ');
          return holiday ? (
            <Tooltip key={day} label={t('programme.calendar.holiday', { name: holiday })}>
              <div className={className} aria-label={t('programme.calendar.holiday', { name: holiday })}>
                {number}
              </div>
            </Tooltip>
          ) : (
            <div key={day} className={className}>
              {number}
            </div>
          );
        })}
      </div>
    </Paper>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <Group gap="lg" aria-label={t('programme.calendar.legend')}>
      <Group gap={6}>
        <span className={`${classes.swatch} ${classes.planned}`} aria-hidden />
        <Text size="sm">{t('programme.calendar.legendEntry')}</Text>
      </Group>
      <Group gap={6}>
        <span className={`${classes.swatch} ${classes.holiday}`} aria-hidden />
        <Text size="sm">{t('programme.calendar.legendHoliday')}</Text>
      </Group>
      <Group gap={6}>
        <IconAlertOctagonFilled size={16} aria-hidden color="var(--mantine-color-red-7)" />
        <Text size="sm">{t('programme.calendar.legendIssue')}</Text>
      </Group>
    </Group>
  );
}

/** The whole year at a glance; a day with inspections opens them below. */
export function YearCalendar({ year, entries, holidays, schedulingMonths, issues, selectedDay, onSelectDay, editable, onEdit, onRemove }: YearCalendarProps) {
  const { t } = useI18n();
  const byDay = new Map<string, PlannedInspectionView[]>();
  for (const entry of entries) byDay.set(entry.date, [...(byDay.get(entry.date) ?? []), entry]);
  const holidayNames = new Map(holidays.map((h) => [h.date, h.name]));
  const issueDays = new Set(entries.filter((e) => (issues.get(e.id) ?? []).some((v) => v.severity === 'hard')).map((e) => e.date));
  const selected = selectedDay ? (byDay.get(selectedDay) ?? []) : [];
  return (
    <Stack>
      <Legend />
      <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }} spacing="sm">
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
          <MonthGrid
            key={month}
            year={year}
            month={month}
            byDay={byDay}
            holidays={holidayNames}
            issueDays={issueDays}
            inSchedule={schedulingMonths.includes(month)}
            selectedDay={selectedDay}
            onSelectDay={onSelectDay}
          />
        ))}
      </SimpleGrid>
      <Paper withBorder p="sm" radius="md" aria-live="polite">
        {selectedDay ? (
          <>
            <Title order={3} size="h5" mb={4}>
              {t('programme.calendar.selected', { date: formatCalendarDate(selectedDay) })}
            </Title>
            {selected.length ? (
              <EntryTable entries={selected} issues={issues} editable={editable} highlightId={null} onEdit={onEdit} onRemove={onRemove} />
            ) : (
              <Text c="dimmed">{t('programme.calendar.noEntries')}</Text>
            )}
          </>
        ) : (
          <Text c="dimmed">{t('programme.calendar.pick')}</Text>
        )}
      </Paper>
    </Stack>
  );
}
