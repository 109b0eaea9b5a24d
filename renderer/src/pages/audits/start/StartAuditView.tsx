import { Alert, Button, Fieldset, Group, Loader, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory, IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { startAuditInput } from '../../../../../electron/shared/contract/audits';
import type { StartOptions } from '../../../../../electron/shared/contract/audits';
import { formatCalendarDate } from '../../../../../electron/shared/dates';
import { auditKinds } from '../../../../../electron/shared/contract/vocabulary';
import type { AuditKind } from '../../../../../electron/shared/contract/vocabulary';
import { PageHeader } from '../../../components/PageHeader';
import { useWorkingYear } from '../../../app/WorkingYear';
import { useApiCommand } from '../../../hooks/useApiCommand';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useContractForm } from '../../../hooks/useContractForm';
import { useI18n } from '../../../i18n/I18nProvider';
import { AuditHeaderFields } from './AuditHeaderFields';
import { ParticipantsFields } from './ParticipantsFields';
import { blankStartValues, fromBaseline, fromPlannedEntry, versionsFor } from './startFormValues';
import type { StartFormValues } from './startFormValues';
import { useBaseline } from './useBaseline';

interface StartAuditViewProps {
  plannedInspectionId: string | null;
  onStarted(auditId: string): void;
  onCancel(): void;
}

export function StartAuditView(props: StartAuditViewProps) {
  const { t } = useI18n();
  const options = useApiQuery('audits.startOptions', {});
  return (
    <>
      <PageHeader title={t('audits.startTitle')} />
      {options.data ? <StartAuditForm {...props} options={options.data} /> : <Loader aria-label={t('common.loading')} />}
    </>
  );
}

function StartAuditForm({ plannedInspectionId, onStarted, onCancel, options }: StartAuditViewProps & { options: StartOptions }) {
  const { t } = useI18n();
  const start = useApiCommand('audits.start');
  // The entry the address names fills the form once, when it opens.
  const planned = options.plannedInspections.find((candidate) => candidate.plannedInspectionId === plannedInspectionId);
  const form = useContractForm<StartFormValues>({
    schema: startAuditInput,
    values: () => (planned ? fromPlannedEntry(blankStartValues(), planned, options.templateVersions) : blankStartValues()),
    serverError: start.error,
    validateInputOnBlur: true,
  });
  const values = form.getValues();
  const [fromPlan, setFromPlan] = useState(plannedInspectionId !== null || options.plannedInspections.length > 0);
  const titleEdited = useRef(false);
  const workingYear = useWorkingYear();
  const baseline = useBaseline(values.unitId, values.kind);
  const unitName = options.units.find((unit) => unit.id === values.unitId)?.name ?? '';
  const versions = versionsFor(options.templateVersions, values.kind);

  const applyPlanned = (id: string | null) => {
    const entry = options.plannedInspections.find((candidate) => candidate.plannedInspectionId === id);
    form.setValues(entry ? fromPlannedEntry(form.getValues(), entry, options.templateVersions) : { plannedInspectionId: null });
  };
  // The suggested title follows kind, unit and year until the user writes their own.
  const suggestTitle = useEffectEvent((kind: StartFormValues['kind'], unitId: string, startDate: string | null) => {
    if (titleEdited.current || !unitId) return;
    const year = startDate ? startDate.slice(0, 4) : String(workingYear);
    form.setFieldValue('title', t(`audits.defaultTitle.${kind}`, { year, unit: unitName }));
  });
  useEffect(() => suggestTitle(values.kind, values.unitId, values.startDate), [values.kind, values.unitId, values.startDate, unitName, workingYear]);

  const submit = async (submitted: StartFormValues) => {
    const audit = await start.run(submitted);
    if (!audit) return;
    notifications.show({ color: 'green', message: t('audits.started', { unit: audit.unitName }) });
    onStarted(audit.id);
  };
  const inputProps = (field: string) => {
    const props = form.getInputProps(field);
    if (field !== 'title') return props;
    return {
      ...props,
      onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
        titleEdited.current = true;
        props.onChange(event);
      },
    };
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="lg" maw={960}>
        {options.plannedInspections.length > 0 && (
          <Fieldset legend={t('audits.form.source')}>
            <Stack gap="sm">
              <SegmentedControl
                value={fromPlan ? 'plan' : 'adHoc'}
                onChange={(value) => {
                  setFromPlan(value === 'plan');
                  if (value !== 'plan') applyPlanned(null);
                }}
                data={[
                  { value: 'plan', label: t('audits.form.fromPlan') },
                  { value: 'adHoc', label: t('audits.form.adHoc') },
                ]}
                aria-label={t('audits.form.source')}
              />
              {fromPlan && (
                <Select
                  label={t('audits.form.plannedEntry')}
                  placeholder={t('audits.form.plannedEntryPlaceholder')}
                  searchable
                  data={options.plannedInspections.map((entry) => ({
                    value: entry.plannedInspectionId,
                    label: `${formatCalendarDate(entry.date)} — ${entry.unitName} — ${t(`audits.kind.${entry.kind}`)}`,
                  }))}
                  value={values.plannedInspectionId}
                  onChange={applyPlanned}
                />
              )}
            </Stack>
          </Fieldset>
        )}
        <Fieldset legend={t('audits.form.whatAndWhere')}>
          <Stack gap="sm">
            <div>
              <Text size="sm" fw={500} mb={4} id="audit-kind-label">
                {t('audits.form.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="audit-kind-label"
                data={auditKinds.map((kind) => ({ value: kind, label: t(`audits.kind.${kind}`) }))}
                value={values.kind}
                disabled={values.plannedInspectionId !== null}
                onChange={(kind) => {
                  form.setFieldValue('kind', kind as AuditKind);
                  const fits = versionsFor(options.templateVersions, kind as AuditKind);
                  if (!fits.some((v) => v.id === form.getValues().templateVersionId)) form.setFieldValue('templateVersionId', fits[0]?.id ?? '');
                }}
              />
            </div>
            <Select
              label={t('audits.form.unit')}
              placeholder={t('audits.form.unitPlaceholder')}
              withAsterisk
              searchable
              disabled={values.plannedInspectionId !== null}
              data={options.units.map((unit) => ({ value: unit.id, label: unit.name }))}
              {...form.getInputProps('unitId')}
              onChange={(unitId) => {
                form.setFieldValue('unitId', unitId ?? '');
                form.setFieldValue('baselineAuditId', null);
              }}
            />
            {baseline && (
              <Alert color={values.baselineAuditId ? 'teal' : 'blue'} icon={<IconHistory size={18} aria-hidden />} title={t('audits.baseline.title')}>
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">
                    {t('audits.baseline.found', {
                      date: formatCalendarDate(baseline.startDate),
                      count: baseline.openFindings.length,
                    })}
                  </Text>
                  {values.baselineAuditId ? (
                    <Text size="sm" fw={600}>
                      {t('audits.baseline.applied')}
                    </Text>
                  ) : (
                    <Button size="xs" variant="light" onClick={() => form.setValues(fromBaseline(form.getValues(), baseline))}>
                      {t('audits.baseline.use')}
                    </Button>
                  )}
                </Stack>
              </Alert>
            )}
            <Select
              label={t('audits.form.template')}
              placeholder={versions.length === 0 ? t('audits.form.noTemplate') : t('audits.form.templatePlaceholder')}
              withAsterisk
              allowDeselect={false}
              data={versions.map((version) => ({
                value: version.id,
                label: t('audits.form.templateOption', { name: version.templateName, version: version.version, count: version.itemCount }),
              }))}
              {...form.getInputProps('templateVersionId')}
            />
          </Stack>
        </Fieldset>
        <AuditHeaderFields kind={values.kind} startDate={values.startDate} inputProps={inputProps} />
        <ParticipantsFields form={form} people={options.people} inspectedUnitId={values.unitId} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={start.running} leftSection={<IconPlayerPlay size={16} aria-hidden />}>
            {t('audits.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
