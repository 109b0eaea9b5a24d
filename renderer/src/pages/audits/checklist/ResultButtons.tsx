import { Button, Group } from '@mantine/core';
import { conformityResults } from '../../../../../electron/shared/contract/vocabulary';
import type { ConformityResult } from '../../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../../i18n/I18nProvider';
import { resultLooks } from './resultLooks';

interface ResultButtonsProps {
  value: ConformityResult | null;
  /** Which results this item offers: all six, or only "không áp dụng" for other answer types. */
  results?: readonly ConformityResult[];
  disabled: boolean;
  onChange(result: ConformityResult | null): void;
}

/** The conformity scale as buttons, keys 1–6 in the vocabulary's order (shown by the list's key hint); pressing the chosen one again clears it. */
export function ResultButtons({ value, results = conformityResults, disabled, onChange }: ResultButtonsProps) {
  const { t } = useI18n();
  return (
    <Group gap={4} role="group" aria-label={t('audits.checklist.result')}>
      {results.map((result) => {
        const { color, Icon } = resultLooks[result];
        const key = conformityResults.indexOf(result) + 1;
        const chosen = value === result;
        return (
          <Button
            key={result}
            data-key-hint={t('audits.checklist.keyHint', { key: result === 'khong_ap_dung' ? '6 / X' : key })}
            size="compact-sm"
            fz="xs"
            px={8}
            color={color}
            autoContrast
            variant={chosen ? 'filled' : 'default'}
            leftSection={<Icon size={14} aria-hidden />}
            aria-pressed={chosen}
            disabled={disabled}
            onClick={() => onChange(chosen ? null : result)}
          >
            {t(`audits.result.${result}`)}
          </Button>
        );
      })}
    </Group>
  );
}
