import { Button, Collapse, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBarToDown, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export const FIVE_WHYS = 5;

interface FiveWhysFieldProps {
  answers: string[];
  disabled: boolean;
  onChange(answers: string[]): void;
  /** Puts the deepest answer into the root-cause field. */
  onUseAsRootCause(answer: string): void;
}

/** Asks "why?" up to five times; each answer is the cause of the one before, the last usually the root cause. */
export function FiveWhysField({ answers, disabled, onChange, onUseAsRootCause }: FiveWhysFieldProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(() => answers.some((answer) => answer.trim()));
  const deepest = [...answers].reverse().find((answer) => answer.trim()) ?? '';
  return (
    <Stack gap={6}>
      <Button
        variant="subtle"
        size="compact-sm"
        justify="flex-start"
        leftSection={open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        w="fit-content"
      >
        {t('actions.form.fiveWhys')}
      </Button>
      <Collapse expanded={open}>
        <Stack gap="xs" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
          <Text size="xs" c="dimmed">
            {t('actions.form.whyHint')}
          </Text>
          {Array.from({ length: FIVE_WHYS }, (_, index) => (
            <Textarea
              key={index}
              label={t('actions.form.why', { n: index + 1 })}
              autosize
              minRows={1}
              disabled={disabled}
              value={answers[index] ?? ''}
              onChange={(event) => onChange(Array.from({ length: FIVE_WHYS }, (_, i) => (i === index ? event.currentTarget.value : (answers[i] ?? ''))))}
            />
          ))}
          <Group>
            <Button variant="light" size="xs" leftSection={<IconArrowBarToDown size={16} aria-hidden />} disabled={disabled || !deepest} onClick={() => onUseAsRootCause(deepest.trim())}>
              {t('actions.form.useLastWhy')}
            </Button>
          </Group>
        </Stack>
      </Collapse>
    </Stack>
  );
}
