import { Button, Group } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/I18nProvider';

/** Có (key 1) and Không (key 2), shown by the list's key hint; pressing the chosen one again clears it. */
export function YesNoButtons({ value, disabled, onChange }: { value: boolean | null; disabled: boolean; onChange(value: boolean | null): void }) {
  const { t } = useI18n();
  const options = [
    { answer: true, key: 1, color: 'green', Icon: IconCircleCheck, label: t('common.yes') },
    { answer: false, key: 2, color: 'red', Icon: IconCircleX, label: t('common.no') },
  ];
  return (
    <Group gap={6} role="group" aria-label={t('audits.checklist.yesNo')}>
      {options.map(({ answer, key, color, Icon, label }) => (
        <Button
          key={key}
          data-key-hint={t('audits.checklist.keyHint', { key })}
          size="compact-sm"
          color={color}
          variant={value === answer ? 'filled' : 'default'}
          leftSection={<Icon size={14} aria-hidden />}
          aria-pressed={value === answer}
          disabled={disabled}
          onClick={() => onChange(value === answer ? null : answer)}
        >
          {label}
        </Button>
      ))}
    </Group>
  );
}
