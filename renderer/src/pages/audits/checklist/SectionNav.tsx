import { Group, NavLink, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { memo } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { SectionProgress } from './checklistRows';

/** Each section with its progress; choosing one moves to its first item. */
export const SectionNav = memo(function SectionNav({ sections, onJump }: { sections: SectionProgress[]; onJump(sectionId: string): void }) {
  const { t } = useI18n();
  return (
    <Stack gap={2} component="nav" aria-label={t('audits.checklist.sections')} w={220} style={{ flexShrink: 0 }}>
      {sections.map((section) => {
        const complete = section.total > 0 && section.answered === section.total;
        return (
          <NavLink
            key={section.id}
            component="button"
            onClick={() => onJump(section.id)}
            label={
              <Text size="sm" fw={500} lineClamp={2}>
                {section.code}. {section.title}
              </Text>
            }
            description={
              <Stack gap={2} mt={4}>
                <Group gap={4} wrap="nowrap">
                  {complete && <IconCircleCheck size={14} color="var(--mantine-color-green-8)" aria-hidden />}
                  <Text size="xs" c={complete ? 'green.9' : 'dimmed'}>
                    {t('audits.answeredOf', { answered: section.answered, total: section.total })}
                  </Text>
                </Group>
                <Progress value={section.total ? (section.answered / section.total) * 100 : 0} size="sm" color={complete ? 'green' : 'blue'} aria-hidden />
              </Stack>
            }
          />
        );
      })}
    </Stack>
  );
});
