import { Anchor, List, Modal, Text } from '@mantine/core';
import type { TracedFigure, TracedRows } from '../../../../electron/shared/contract/reports';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { boardLinkHash } from '../actions/boardLink';
import { routeHash } from '../../app/routes';

export interface OpenTrace {
  label: string;
  figure: TracedFigure;
}

/** The audits, findings or actions a figure counts, each linking to where it lives. */
export function TraceModal({ trace, figures, onClose }: { trace: OpenTrace | null; figures: TracedRows; onClose(): void }) {
  const { t } = useI18n();
  const ids = new Set(trace?.figure.trace.ids ?? []);
  const lines = !trace
    ? []
    : trace.figure.trace.kind === 'audit'
      ? figures.audits.filter((a) => ids.has(a.id)).map((a) => ({ id: a.id, text: `${formatCalendarDate(a.endDate)} — ${a.unitName} — ${a.title}`, href: routeHash({ page: 'audits', audits: { view: 'audit', auditId: a.id, tab: 'summary' } }) }))
      : trace.figure.trace.kind === 'finding'
        ? figures.findings.filter((f) => ids.has(f.id)).map((f) => ({ id: f.id, text: `${f.unitName} — ${String(f.number).padStart(2, '0')}: ${f.description}`, href: routeHash({ page: 'audits', audits: { view: 'audit', auditId: f.auditId, tab: 'findings' } }) }))
        : figures.actionRows.filter((a) => ids.has(a.id)).map((a) => ({ id: a.id, text: `${a.unitName} — ${t(`actions.status.${a.status}`)} — ${formatCalendarDate(a.dueDate)}`, href: boardLinkHash('all') }));
  return (
    <Modal opened={trace !== null} onClose={onClose} size="lg" title={trace ? t('reports.trace.title', { label: trace.label, count: lines.length }) : ''}>
      {lines.length === 0 ? (
        <Text c="dimmed">{t('reports.trace.empty')}</Text>
      ) : (
        <List spacing={4} size="sm">
          {lines.map((line) => (
            <List.Item key={line.id}>
              <Anchor href={line.href}>{line.text}</Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Modal>
  );
}
