import { Anchor, Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconProgress } from '@tabler/icons-react';
import type { HomeAttention, ProgrammeProgress } from '../../../../electron/shared/contract/home';
import { useI18n } from '../../i18n/I18nProvider';

function TargetBadge({ progress }: { progress: ProgrammeProgress }) {
  const { t } = useI18n();
  const met = progress.done >= progress.required;
  return (
    <Badge color={met ? 'green.8' : 'gray.6'} leftSection={met ? <IconCircleCheck size={14} aria-hidden /> : <IconProgress size={14} aria-hidden />} tt="none">
      {met ? t('home.progress.met') : t('home.progress.notMet')}
    </Badge>
  );
}

function ProgressLine({ title, figures, progress }: { title: string; figures: string; progress: ProgrammeProgress }) {
  const { formatPercent } = useI18n();
  const share = progress.required > 0 ? Math.min(100, (progress.done * 100) / progress.required) : 100;
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text fw={600}>{title}</Text>
        <TargetBadge progress={progress} />
      </Group>
      <Progress value={share} aria-label={`${title}: ${formatPercent(share, 1)}`} color={share >= 100 ? 'green.8' : 'blue.7'} />
      <Text size="sm">{figures}</Text>
    </Stack>
  );
}

/** CCHC done / planned / in scope against target 1.2, and ISO done against the required share (7.2.3). */
export function ProgrammeProgressCard({ data }: { data: HomeAttention }) {
  const { t, formatNumber, formatPercent } = useI18n();
  const n = (value: number) => formatNumber(value, 0);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="home-progress-title">
      <Title order={2} size="h4" id="home-progress-title" mb="sm">
        {t('home.progress.title', { year: data.year })}
      </Title>
      <Stack gap="md">
        <ProgressLine
          title={t('home.progress.cchc')}
          progress={data.cchc}
          figures={t('home.progress.cchcFigures', { done: n(data.cchc.done), planned: n(data.cchc.planned), inScope: n(data.cchc.inScope) })}
        />
        <ProgressLine
          title={t('home.progress.iso')}
          progress={data.iso}
          figures={t('home.progress.isoFigures', {
            done: n(data.iso.done),
            required: n(data.iso.required),
            percent: formatPercent(data.iso.targetPercent, 0),
            inScope: n(data.iso.inScope),
            planned: n(data.iso.planned),
          })}
        />
        <Anchor href="#/programme" size="sm">
          {t('home.progress.openProgramme')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
