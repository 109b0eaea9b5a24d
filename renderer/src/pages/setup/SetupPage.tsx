import { Alert, Button, Group, List, Loader, Paper, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { organizationInput } from '../../../../electron/shared/contract/organization';
import type { OrganizationView } from '../../../../electron/shared/contract/organization';
import type { SetupStatus } from '../../../../electron/shared/contract/setup';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../api/client';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { PeoplePage } from '../people/PeoplePage';
import { UnitsImport } from '../units/UnitsImport';
import { UnitsPage } from '../units/UnitsPage';
import { fieldsStillSample, organizationFieldLabels, OrganizationStep } from './OrganizationStep';
import { UnitTemplatePicker } from './UnitTemplatePicker';

interface SetupPageProps {
  status: SetupStatus | undefined;
  onFinished(): void;
  onLater(): void;
}

/** Thiết lập ban đầu, or a word that it is done. */
export function SetupPage({ status, ...handlers }: SetupPageProps) {
  const { t } = useI18n();
  if (!status) return <Loader aria-label={t('common.loading')} />;
  if (status.completed) {
    return (
      <>
        <PageHeader title={t('setup.title')} />
        <Alert color="green" variant="light">
          {t('setup.alreadyDone')}
        </Alert>
      </>
    );
  }
  return <SetupWizard status={status} {...handlers} />;
}

const LAST_STEP = 3;

/** The organisation (confirmed field by field against the seeded sample), the units, the staff, then confirm. */
function SetupWizard({ status, onFinished, onLater }: SetupPageProps & { status: SetupStatus }) {
  const { t } = useI18n();
  const [step, setStep] = useState(0);
  // The values the store was seeded with, kept as they were when the setup opened.
  const [sample] = useState(status.organization);
  const complete = useApiCommand('setup.complete');
  const form = useContractForm<OrganizationView>({ schema: organizationInput, values: () => sample });

  /** Units and staff are added on pages of their own, so the counts are read afresh when moving on. */
  const canLeave = async (from: number) => {
    if (from === 0) return !form.validate().hasErrors;
    if (from !== 1) return true;
    const fresh = await api.call('setup.status', {});
    if (fresh.ok && fresh.value.activeUnitCount > 0) return true;
    notifications.show({ color: 'red', message: t('setup.units.needOne') });
    return false;
  };
  const goTo = async (next: number) => {
    if (next > step && !(await canLeave(step))) return;
    setStep(next);
  };
  const finish = async () => {
    if (await complete.run({ organization: form.getValues() })) {
      notifications.show({ color: 'green', message: t('setup.finished') });
      onFinished();
    }
  };
  const samples = fieldsStillSample(form.values, sample);

  return (
    <>
      <PageHeader
        title={t('setup.title')}
        action={
          <Button variant="default" onClick={onLater}>
            {t('setup.later')}
          </Button>
        }
      />
      <Text c="dimmed" mb="md">
        {t('setup.intro')}
      </Text>
      <Stepper active={step} onStepClick={(next) => void goTo(next)} allowNextStepsSelect={false} size="sm" mb="lg">
        <Stepper.Step label={t('setup.step.organization')} description={t('setup.step.organizationHint')}>
          <Paper withBorder p="lg" radius="md" maw={900}>
            <OrganizationStep form={form} sample={sample} />
          </Paper>
        </Stepper.Step>
        <Stepper.Step label={t('setup.step.units')} description={t('setup.step.unitsHint')}>
          <Stack>
            {status.activeUnitCount === 0 ? (
              <Paper withBorder p="lg" radius="md">
                <Stack>
                  <UnitTemplatePicker template={status.unitTemplate} />
                  <UnitsImport />
                </Stack>
              </Paper>
            ) : (
              <Text>{t('setup.units.already', { count: status.activeUnitCount })}</Text>
            )}
            <UnitsPage key={status.activeUnitCount} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('setup.step.people')} description={t('setup.step.peopleHint')}>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('setup.people.hint')}
            </Text>
            <PeoplePage />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('setup.step.confirm')} description={t('setup.step.confirmHint')}>
          <Paper withBorder p="lg" radius="md" maw={900}>
            <Stack>
              <Text fw={600}>{t('setup.confirm.organization')}</Text>
              <List spacing={2} size="sm">
                {(Object.keys(organizationFieldLabels) as (keyof OrganizationView)[]).map((key) => (
                  <List.Item key={key}>
                    {t(organizationFieldLabels[key])}: <b>{form.values[key] || '—'}</b>
                  </List.Item>
                ))}
              </List>
              <Text>{t('setup.confirm.counts', { units: status.activeUnitCount, people: status.activePeopleCount })}</Text>
              {status.activePeopleCount === 0 && (
                <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />}>
                  {t('setup.people.none')}
                </Alert>
              )}
              {samples.length > 0 && (
                <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} data-testid="setup-samples">
                  {t('setup.confirm.samples', { fields: samples.map((key) => t(organizationFieldLabels[key])).join(', ') })}
                </Alert>
              )}
            </Stack>
          </Paper>
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between">
        <Button variant="default" onClick={() => void goTo(step - 1)} disabled={step === 0}>
          {t('setup.back')}
        </Button>
        {step < LAST_STEP ? (
          <Button onClick={() => void goTo(step + 1)}>{t('setup.next')}</Button>
        ) : (
          <Button onClick={() => void finish()} loading={complete.running}>
            {t('setup.finish')}
          </Button>
        )}
      </Group>
    </>
  );
}
