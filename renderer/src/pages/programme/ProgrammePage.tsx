import { Button, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiError } from '../../../../electron/shared/contract';
import type { PlannedInspectionView, ProgrammeView } from '../../../../electron/shared/contract/programme';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useWorkingYear } from '../../app/WorkingYear';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyHint } from '../../components/EmptyHint';
import { PageHeader } from '../../components/PageHeader';
import { ScopeRuleNote } from '../../components/ScopeRuleNote';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useUnitList, usePeopleList } from '../../hooks/useRegistryLists';
import { useI18n } from '../../i18n/I18nProvider';
import { ApproveDialog } from './ApproveDialog';
import { EntryFormModal } from './EntryFormModal';
import type { EntryFormValues } from './EntryFormModal';
import { ImpossibleAlert } from './ImpossibleAlert';
import { ProgrammeHeaderActions } from './ProgrammeHeaderActions';
import { ProgrammeStatus } from './ProgrammeStatus';
import { ProgrammeWorkspace } from './ProgrammeWorkspace';
import { useProgramme } from './useProgramme';
import { useProgrammeFiles } from './useProgrammeFiles';
import { WordingModal } from './WordingModal';

interface Confirmation {
  title: string;
  message: string;
  label: string;
  danger: boolean;
  run(): Promise<unknown>;
}

const teamOf = (values: EntryFormValues) => [
  { personId: values.leaderId ?? '', role: 'truong_doan' as const },
  ...values.memberIds.map((personId) => ({ personId, role: 'thanh_vien' as const })),
];

/** Kế hoạch kiểm tra: generate the year's programme, adjust it, approve it, print it. */
export function ProgrammePage() {
  const { t } = useI18n();
  const year = useWorkingYear();
  const state = useProgramme(year);
  const { programme, commands } = state;
  const units = useUnitList({ includeInactive: true });
  const people = usePeopleList({ includeInactive: true });
  const holidays = useApiQuery('holidays.list', { year });
  const settings = useApiQuery('settings.get', {});
  const organization = useApiQuery('organization.get', {});
  const files = useProgrammeFiles();
  const [impossible, setImpossible] = useState<{ year: number; error: ApiError } | null>(null);
  const [entryForm, setEntryForm] = useState<{ editing: PlannedInspectionView | null } | null>(null);
  const [approving, setApproving] = useState(false);
  const [wordingOpen, setWordingOpen] = useState(false);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);

  const generate = async (replaceDraft: boolean) => {
    const outcome = await state.generate(replaceDraft);
    if ('error' in outcome) {
      setImpossible({ year, error: outcome.error });
      return;
    }
    setImpossible(null);
    const { view } = outcome;
    const count = (kind: 'CCHC' | 'ISO') => view.entries.filter((e) => e.kind === kind).length;
    notifications.show({ color: 'green', message: t('programme.generated', { year, cchc: count('CCHC'), iso: count('ISO') }) });
  };

  const saveEntry = async (values: EntryFormValues) => {
    if (!programme || !entryForm) return;
    const fields = { kind: values.kind, unitId: values.unitId ?? '', date: values.date ?? '', content: values.content, team: teamOf(values) };
    const editing = entryForm.editing;
    const view = await state.apply(editing ? commands.updateEntry.run({ id: editing.id, ...fields }) : commands.addEntry.run({ programmeId: programme.id, ...fields }));
    if (!view) return;
    const unit = units.data?.find((u) => u.id === values.unitId)?.name ?? '';
    notifications.show({ color: 'green', message: t(editing ? 'programme.entrySaved' : 'programme.entryAdded', { unit, date: formatCalendarDate(fields.date) }) });
    setEntryForm(null);
  };

  const confirmRemove = (entry: PlannedInspectionView) =>
    setConfirmation({
      title: t('programme.confirmRemoveTitle'),
      message: t('programme.confirmRemove', { kind: t(`programme.kind.${entry.kind}`), unit: entry.unitName, date: formatCalendarDate(entry.date), count: entry.team.length }),
      label: t('programme.removeEntry'),
      danger: true,
      run: async () => {
        if (await state.apply(commands.removeEntry.run({ id: entry.id }))) {
          notifications.show({ message: t('programme.removed', { kind: t(`programme.kind.${entry.kind}`), unit: entry.unitName }) });
        }
      },
    });

  const header = (current: ProgrammeView | null | undefined) =>
    current ? (
      <ProgrammeHeaderActions
        programme={current}
        exporting={files.exporting}
        onApprove={() => setApproving(true)}
        onExport={(format) => void files.exportAs(current.id, format)}
        onWording={() => setWordingOpen(true)}
        onRegenerate={() =>
          setConfirmation({
            title: t('programme.confirmRegenerateTitle', { year }),
            message: t('programme.confirmRegenerate', { count: current.entries.length }),
            label: t('programme.regenerate'),
            danger: true,
            run: () => generate(true),
          })
        }
        onReopen={() =>
          setConfirmation({
            title: t('programme.confirmReopenTitle'),
            message: t('programme.confirmReopen'),
            label: t('programme.reopen'),
            danger: false,
            run: async () => {
              if (await state.apply(commands.reopen.run({ id: current.id }))) notifications.show({ message: t('programme.reopened') });
            },
          })
        }
        onDiscard={() =>
          setConfirmation({
            title: t('programme.confirmDiscardTitle', { year }),
            message: t('programme.confirmDiscard', { count: current.entries.length }),
            label: t('programme.discard'),
            danger: true,
            run: async () => {
              if (await state.discard(current.id)) notifications.show({ message: t('programme.discarded', { year }) });
            },
          })
        }
      />
    ) : undefined;

  const generateButton = (
    <Button leftSection={<IconWand size={18} aria-hidden />} onClick={() => void generate(false)} loading={state.generating}>
      {t('programme.generate')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('programme.title', { year })} action={programme ? header(programme) : programme === null ? generateButton : undefined} />
      {settings.data && units.data && <ScopeRuleNote units={units.data} includePublicServiceUnits={settings.data.includePublicServiceUnits} />}
      {impossible?.year === year && !programme && <ImpossibleAlert year={year} error={impossible.error} />}
      {state.loading ? (
        <Loader aria-label={t('common.loading')} />
      ) : programme ? (
        <>
          <ProgrammeStatus programme={programme} />
          <ProgrammeWorkspace
            key={programme.id}
            programme={programme}
            units={units.data ?? []}
            people={people.data ?? []}
            holidays={holidays.data ?? []}
            onAdd={() => setEntryForm({ editing: null })}
            onEdit={(entry) => setEntryForm({ editing: entry })}
            onRemove={confirmRemove}
          />
        </>
      ) : (
        <EmptyHint message={t('programme.empty', { year })} action={generateButton} />
      )}
      {programme && (
        <EntryFormModal
          opened={entryForm !== null}
          year={year}
          editing={entryForm?.editing ?? null}
          initialDate={null}
          entries={programme.entries}
          units={units.data ?? []}
          people={people.data ?? []}
          holidays={holidays.data ?? []}
          trainedRequired={settings.data?.isoTeamRequiresTrainedAuditors ?? true}
          saving={commands.addEntry.running || commands.updateEntry.running}
          serverError={entryForm?.editing ? commands.updateEntry.error : commands.addEntry.error}
          onSubmit={(values) => void saveEntry(values)}
          onClose={() => setEntryForm(null)}
        />
      )}
      {programme && (
        <ApproveDialog
          opened={approving}
          year={year}
          bodyShortCode={organization.data?.bodyShortCode ?? ''}
          documentNumber={programme.documentNumber}
          today={programme.today}
          pastEntries={programme.entries.filter((entry) => entry.date < programme.today && !entry.auditStarted)}
          saving={commands.approve.running}
          onClose={() => setApproving(false)}
          onApprove={async (documentNumber) => {
            if (await state.apply(commands.approve.run({ id: programme.id, documentNumber }))) {
              setApproving(false);
              notifications.show({ color: 'green', message: t('programme.approved', { year }) });
            }
          }}
        />
      )}
      {settings.data && (
        <WordingModal opened={wordingOpen} document={settings.data.programmeDocument} onClose={() => setWordingOpen(false)} />
      )}
      <ConfirmDialog
        opened={confirmation !== null}
        title={confirmation?.title ?? ''}
        message={confirmation?.message ?? ''}
        confirmLabel={confirmation?.label ?? ''}
        danger={confirmation?.danger}
        onConfirm={() => {
          const run = confirmation?.run;
          setConfirmation(null);
          void run?.();
        }}
        onCancel={() => setConfirmation(null)}
      />
    </>
  );
}
