import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangleFilled, IconCircleCheckFilled } from '@tabler/icons-react';
import type { ProgrammeCoverage } from '../../../../electron/shared/contract/programme';
import type { UnitView } from '../../../../electron/shared/contract/units';
import { useI18n } from '../../i18n/I18nProvider';

interface FigureProps {
  label: string;
  value: string;
  target: string;
  met: boolean;
  ratio: number;
  notes: string[];
  testId: string;
}

function Figure({ label, value, target, met, ratio, notes, testId }: FigureProps) {
  const { t } = useI18n();
  const Icon = met ? IconCircleCheckFilled : IconAlertTriangleFilled;
  return (
    <Stack gap={4} data-testid={testId}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600}>{label}</Text>
        <Group gap={4} wrap="nowrap">
          <Icon size={18} aria-hidden color={met ? 'var(--mantine-color-green-7)' : 'var(--mantine-color-red-7)'} />
          <Text size="sm" fw={600} c={met ? 'green.8' : 'red.8'}>
            {t(met ? 'programme.coverage.met' : 'programme.coverage.short')}
          </Text>
        </Group>
      </Group>
      <Text size="xl" fw={700} aria-live="polite" data-testid={`${testId}-value`}>
        {value}
      </Text>
      <Progress value={Math.min(100, ratio * 100)} color={met ? 'green' : 'red'} aria-label={`${label}: ${value}`} />
      <Text size="sm" c="dimmed">
        {target}
      </Text>
      {notes.map((note) => (
        <Text key={note} size="sm">
          {note}
        </Text>
      ))}
    </Stack>
  );
}

/** Targets 1.2 and 7.2.3, live: how many units the programme covers against what the plan requires. */
export function CoverageMeter({ coverage, units }: { coverage: ProgrammeCoverage; units: UnitView[] }) {
  const { t } = useI18n();
  const names = (ids: string[]) => ids.map((id) => units.find((u) => u.id === id)?.name ?? '').join('; ');
  const { cchc, iso } = coverage;
  const dueMissing = iso.rotationDueUnitIds.filter((id) => iso.missingUnitIds.includes(id));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="coverage-title">
      <Title order={2} size="h5" mb="sm" id="coverage-title">
        {t('programme.coverage.title')}
      </Title>
      <SimpleGrid cols={2}>
        <Figure
          testId="coverage-cchc"
          label={t('programme.coverage.cchc')}
          value={t('programme.coverage.cchcValue', { planned: cchc.planned, total: cchc.total })}
          target={t('programme.coverage.cchcTarget', { percent: cchc.percent, required: cchc.required })}
          met={cchc.planned >= cchc.required}
          ratio={cchc.total ? cchc.planned / cchc.total : 1}
          notes={cchc.missingUnitIds.length ? [t('programme.coverage.missing', { units: names(cchc.missingUnitIds) })] : []}
        />
        <Figure
          testId="coverage-iso"
          label={t('programme.coverage.iso')}
          value={t('programme.coverage.isoValue', { planned: iso.planned, required: iso.required })}
          target={t('programme.coverage.isoTarget', { total: iso.total, percent: iso.percent, years: iso.rotationYears })}
          met={iso.planned >= iso.required && dueMissing.length === 0}
          ratio={iso.required ? iso.planned / iso.required : 1}
          notes={iso.rotationDueUnitIds.length ? [t('programme.coverage.rotationDue', { units: names(iso.rotationDueUnitIds) })] : []}
        />
      </SimpleGrid>
    </Paper>
  );
}
