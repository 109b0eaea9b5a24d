import { Group, Paper, Popover, SimpleGrid, Stack, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconAlertOctagonFilled, IconCheck } from '@tabler/icons-react';
import type { HolidayView } from '../../../../electron/shared/contract/holidays';
import type { PlannedInspectionView, ProgrammeViolation } from '../../../../electron/shared/contract/programme';
import type { AuditKind } from '../../../../electron/shared/contract/vocabulary';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { DayDetails } from './DayDetails';
import { monthParams } from './monthName';
import classes from './YearCalendar.module.css';

interface YearCalendarProps {
  year: number;
  /** The store's today: marked on the calendar. */
  today: string;
  entries: PlannedInspectionView[];
  holidays: HolidayView[];
  schedulingMonths: number[];
  issues: Map<string, ProgrammeViolation[]>;
  selectedDay: string | null;
  onSelectDay(day: string | null): void;
  editable: boolean;
  /** The programme is approved: its entries can be started. */
  startable: boolean;
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

/** The letter each kind is marked with beside its colour, so the kind never rests on colour alone. */
const kindLetter: Record<AuditKind, string> = { CCHC: 'C', ISO: 'I' };
const kindClass: Record<AuditKind, string | undefined> = { CCHC: classes.cchc, ISO: classes.iso };

type DayProps = Pick<YearCalendarProps, 'today' | 'issues' | 'editable' | 'startable' | 'onEdit' | 'onRemove'> & {
  day: string;
  planned: PlannedInspectionView[];
  hasIssue: boolean;
  selected: boolean;
  onToggle(): void;
  onClose(): void;
};

/** A day with inspections: its kinds and progress on the cell, its details in a popover beside it. */
function PlannedDay({ day, planned, hasIssue, selected, onToggle, onClose, today, ...details }: DayProps) {
  const { t } = useI18n();
  const kinds = [...new Set(planned.map((entry) => entry.kind))].sort();
  const done = planned.filter((entry) => entry.audit?.done).length;
  const allDone = done === planned.length;
  const className = [
    classes.day,
    classes.planned,
    kinds.length > 1 ? classes.both : kindClass[kinds[0]!],
    allDone ? classes.done : classes.pending,
    hasIssue ? classes.issue : '',
    day === today ? classes.today : '',
    selected ? classes.selected : '',
  ].join(' ');
  const label = t('wayfinding.calendar.dayLabel', {
    date: formatCalendarDate(day),
    count: planned.length,
    kinds: kinds.join(', '),
    done,
  });
  return (
    <Popover opened={selected} onChange={(opened) => !opened && onClose()} position="right-start" withArrow shadow="md" width={440} trapFocus returnFocus>
      <Popover.Target>
        <UnstyledButton
          className={className}
          aria-label={day === today ? `${label}, ${t('wayfinding.calendar.today')}` : label}
          aria-current={day === today ? 'date' : undefined}
          aria-expanded={selected}
          aria-haspopup="dialog"
          onClick={onToggle}
        >
          <span>{Number(day.slice(8))}</span>
          <span className={classes.marks} aria-hidden>
            {kinds.map((kind) => kindLetter[kind]).join('')}
            {allDone && <IconCheck size={11} stroke={3} />}
          </span>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-label={formatCalendarDate(day)}>
        <DayDetails day={day} entries={planned} {...details} />
      </Popover.Dropdown>
    </Popover>
  );
}

interface MonthProps extends Omit<YearCalendarProps, 'entries' | 'holidays' | 'schedulingMonths'> {
  month: number;
  byDay: Map<string, PlannedInspectionView[]>;
  holidayNames: Map<string, string>;
  issueDays: Set<string>;
  inSchedule: boolean;
}

function MonthGrid({ year, month, byDay, holidayNames, issueDays, inSchedule, selectedDay, onSelectDay, today, ...details }: MonthProps) {
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
          const planned = byDay.get(day);
          if (planned)
            return (
              <PlannedDay
                key={day}
                day={day}
                planned={planned}
                hasIssue={issueDays.has(day)}
                selected={selectedDay === day}
                onToggle={() => onSelectDay(selectedDay === day ? null : day)}
                onClose={() => onSelectDay(null)}
                today={today}
                {...details}
              />
            );
          const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
          const holiday = holidayNames.get(day);
          const isToday = day === today;
          const className = [classes.day, holiday ? classes.holiday : '', weekday === 0 || weekday === 6 ? classes.weekend : '', isToday ? classes.today : ''].join(' ');
          const cell = (
            <div key={day} className={className} aria-current={isToday ? 'date' : undefined}>
              {Number(day.slice(8))}
              {holiday && <VisuallyHidden>{t('programme.calendar.holiday', { name: holiday })}</VisuallyHidden>}
              {isToday && <VisuallyHidden>{t('wayfinding.calendar.today')}</VisuallyHidden>}
            </div>
          );
          return holiday ? (
            <Tooltip key={day} label={t('programme.calendar.holiday', { name: holiday })}>
              {cell}
            </Tooltip>
          ) : (
            cell
          );
        })}
      </div>
    </Paper>
  );
}

function LegendItem({ swatch, label }: { swatch: ReactNode; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      {swatch}
      <Text size="sm">{label}</Text>
    </Group>
  );
}

function Legend() {
  const { t } = useI18n();
  const swatch = (className: string, content: ReactNode = null) => (
    <span className={`${classes.swatch} ${className}`} aria-hidden>
      {content}
    </span>
  );
  return (
    <Group gap="lg" aria-label={t('programme.calendar.legend')} role="group">
      <LegendItem swatch={swatch(`${classes.cchc} ${classes.pending}`, 'C')} label={t('wayfinding.calendar.legendCchc')} />
      <LegendItem swatch={swatch(`${classes.iso} ${classes.pending}`, 'I')} label={t('wayfinding.calendar.legendIso')} />
      <LegendItem swatch={swatch(`${classes.cchc} ${classes.done}`, <IconCheck size={11} stroke={3} />)} label={t('wayfinding.calendar.legendDone')} />
      <LegendItem swatch={swatch(classes.today)} label={t('wayfinding.calendar.today')} />
      <LegendItem swatch={swatch(classes.holiday)} label={t('programme.calendar.legendHoliday')} />
      <LegendItem swatch={<IconAlertOctagonFilled size={16} aria-hidden color="var(--mantine-color-red-7)" />} label={t('programme.calendar.legendIssue')} />
    </Group>
  );
}

/** The whole year at a glance: today, each day's kinds and progress; a day's inspections open beside it. */
export function YearCalendar({ year, entries, holidays, schedulingMonths, issues, ...rest }: YearCalendarProps) {
  const { t } = useI18n();
  const byDay = new Map<string, PlannedInspectionView[]>();
  for (const entry of entries) byDay.set(entry.date, [...(byDay.get(entry.date) ?? []), entry]);
  const holidayNames = new Map(holidays.map((h) => [h.date, h.name]));
  const issueDays = new Set(entries.filter((e) => (issues.get(e.id) ?? []).some((v) => v.severity === 'hard')).map((e) => e.date));
  return (
    <Stack>
      <Legend />
      <Text size="sm" c="dimmed">
        {t('programme.calendar.pick')}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }} spacing="sm">
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
          <MonthGrid
            key={month}
            year={year}
            month={month}
            byDay={byDay}
            holidayNames={holidayNames}
            issueDays={issueDays}
            issues={issues}
            inSchedule={schedulingMonths.includes(month)}
            {...rest}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
