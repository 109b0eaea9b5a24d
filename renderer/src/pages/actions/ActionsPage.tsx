import { Button, Group, Loader, Select, Stack, Tabs, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { BOARD_PAGE_ROWS } from '../../../../electron/shared/contract/actions';
import type { ActionBoard, AuditOption } from '../../../../electron/shared/contract/actions';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { usePageRoute } from '../../app/useRoute';
import { EmptyHint } from '../../components/EmptyHint';
import { PageHeader } from '../../components/PageHeader';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionTable } from './ActionTable';
import { BoardFilters, initialBoardFilters } from './BoardFilters';
import { boardFiltersOf } from './boardLink';
import type { BoardFilterValues } from './BoardFilters';
import { BoardSummaryBar } from './BoardSummaryBar';
import { FindingActionsPanel } from './FindingActionsPanel';
import { FindingPickerModal } from './FindingPickerModal';
import { NoAuditsHint } from './NoAuditsHint';
import { useDocumentOutput } from '../../hooks/useDocumentOutput';
import { UnitActionsList } from './UnitActionsList';
import { useActionEditor } from './useActionEditor';
import { useActionOptions } from './useActionOptions';
import { useBoardPages } from './useBoardPages';

type Tab = 'board' | 'byAudit' | 'byUnit';

/**
 * The board's filters. A link such as "#/actions/overdue" (the start-up notice) or "#/actions/cho_xac_minh/2026"
 * (the home) opens the board on that filter; such a link followed while the page is open applies it and shows the board.
 */
function useBoardFilters(onLink: () => void) {
  const [{ link }] = usePageRoute('actions');
  const linkKey = link ? `${link.filter}/${link.year ?? ''}` : null;
  const [filters, setFilters] = useState<BoardFilterValues>(() => boardFiltersOf(link) ?? initialBoardFilters);
  const [appliedLink, setAppliedLink] = useState(linkKey);
  if (linkKey !== appliedLink) {
    setAppliedLink(linkKey);
    const linked = boardFiltersOf(link);
    if (linked) {
      setFilters(linked);
      onLink();
    }
  }
  return [filters, setFilters] as const;
}

export function ActionsPage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('board');
  const showBoard = useCallback(() => setTab('board'), []);
  const [filters, setFilters] = useBoardFilters(showBoard);
  const [debouncedSearch] = useDebouncedValue(filters.search, 200);
  const query = useMemo(() => ({ ...filters, search: debouncedSearch.trim() || undefined }), [filters, debouncedSearch]);
  const [limit, showMore] = useBoardPages(query);
  const board = useApiQuery('actions.board', useMemo(() => ({ ...query, limit }), [query, limit]));
  const audits = useApiQuery('actions.audits', {});
  const options = useActionOptions();
  const editor = useActionEditor();
  const [pickerOpen, setPickerOpen] = useState(false);
  const exporter = useApiCommand('actions.exportXlsx');
  const years = useMemo(() => [...new Set((audits.data ?? []).map((audit) => Number(audit.startDate.slice(0, 4))))].sort((a, b) => b - a), [audits.data]);

  const output = useDocumentOutput();
  const exportBoard = () =>
    output('save', { kind: 'actionsBoardXlsx', filters: query }, async () => {
      const file = await exporter.run(query);
      if (file) notifications.show({ color: 'green', message: t('actions.exported', { count: file.rowCount, file: file.fileName }) });
      return file;
    });
  const addButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setPickerOpen(true)}>
      {t('actions.add')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('actions.title')}
        action={
          <Group gap="sm">
            <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} onClick={() => void exportBoard()} loading={exporter.running}>
              {t('actions.export')}
            </Button>
            {addButton}
          </Group>
        }
      />
      <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? 'board')} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="board">{t('actions.tab.board')}</Tabs.Tab>
          <Tabs.Tab value="byAudit">{t('actions.tab.byAudit')}</Tabs.Tab>
          <Tabs.Tab value="byUnit">{t('actions.tab.byUnit')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board">
          {board.data ? (
            <>
              <BoardSummaryBar summary={board.data.summary} filters={filters} onFilter={(patch) => setFilters({ ...filters, ...patch })} />
              <BoardFilters value={filters} onChange={setFilters} units={options.units} years={years} dueSoonDays={board.data.dueSoonDays} />
              <BoardRows board={board.data} filtered={board.data.summary.total > 0} addButton={addButton} onClear={() => setFilters(initialBoardFilters)} onOpen={editor.open} onShowMore={showMore} loadingMore={board.loading} />
            </>
          ) : (
            <Loader aria-label={t('common.loading')} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="byAudit">
          <AuditChooser audits={audits.data ?? []} />
        </Tabs.Panel>
        <Tabs.Panel value="byUnit">
          <UnitChooser units={options.unitOptions} initialUnitId={filters.unitId ?? null} />
        </Tabs.Panel>
      </Tabs>
      <FindingPickerModal
        opened={pickerOpen}
        onClose={() => setPickerOpen(false)}
        onPicked={(finding) => {
          setPickerOpen(false);
          editor.createFor(finding);
        }}
      />
      {editor.elements}
    </>
  );
}

interface BoardRowsProps {
  board: ActionBoard;
  /** Whether any action exists within the unit, kind, year and search chosen. */
  filtered: boolean;
  addButton: ReactNode;
  onClear(): void;
  onOpen(id: string): void;
  onShowMore(): void;
  loadingMore: boolean;
}

function BoardRows({ board, filtered, addButton, onClear, onOpen, onShowMore, loadingMore }: BoardRowsProps) {
  const { t, formatNumber } = useI18n();
  if (board.rows.length === 0) {
    return filtered ? (
      <EmptyHint message={t('actions.noMatch')} action={<Button onClick={onClear}>{t('actions.filter.clear')}</Button>} />
    ) : (
      <EmptyHint message={t('actions.empty')} action={addButton} />
    );
  }
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('actions.count', { count: formatNumber(board.matching, 0) })} · {formatCalendarDate(board.today)}
        </Text>
        {board.matching > board.rows.length && (
          <Group gap="sm">
            <Text size="sm" c="orange.9">
              {t('actions.showing', { shown: formatNumber(board.rows.length, 0), total: formatNumber(board.matching, 0) })}
            </Text>
            <Button size="xs" variant="default" onClick={onShowMore} loading={loadingMore}>
              {t('actions.showMore', { count: formatNumber(Math.min(BOARD_PAGE_ROWS, board.matching - board.rows.length), 0) })}
            </Button>
          </Group>
        )}
      </Group>
      <ActionTable rows={board.rows} onOpen={(row) => onOpen(row.id)} height="max(360px, calc(100vh - 440px))" />
    </Stack>
  );
}

function AuditChooser({ audits }: { audits: AuditOption[] }) {
  const { t } = useI18n();
  const [auditId, setAuditId] = useState<string | null>(null);
  if (audits.length === 0) {
    return <NoAuditsHint />;
  }
  return (
    <Stack>
      <Select
        label={t('actions.byAudit.choose')}
        data={audits.map((audit) => ({
          value: audit.id,
          label: t('actions.picker.auditOption', { title: audit.title, unit: audit.unitName, date: formatCalendarDate(audit.startDate) }),
        }))}
        value={auditId}
        onChange={setAuditId}
        searchable
        maw={900}
      />
      {auditId && <FindingActionsPanel auditId={auditId} />}
    </Stack>
  );
}

/** Opens on the unit the board is filtered to, or asks for one: never an empty page without a word. */
function UnitChooser({ units, initialUnitId }: { units: { value: string; label: string }[]; initialUnitId: string | null }) {
  const { t } = useI18n();
  const [unitId, setUnitId] = useState<string | null>(initialUnitId);
  return (
    <Stack>
      <Select label={t('actions.byUnit.choose')} data={units} value={unitId} onChange={setUnitId} searchable w={400} data-autofocus />
      {unitId ? <UnitActionsList unitId={unitId} /> : <EmptyHint message={t('wayfinding.actions.chooseUnit')} />}
    </Stack>
  );
}
