import { Group, NumberInput, Text } from '@mantine/core';
import { useEffect, useEffectEvent, useState } from 'react';
import { evaluateIndicator, numericValueIssue } from '../../../../../electron/shared/rules/answers';
import type { AuditItemQuestion } from '../../../../../electron/shared/contract/audits';
import { comparatorSymbols } from '../../../../../electron/shared/rules/indicators';
import { useI18n } from '../../../i18n/I18nProvider';
import { IndicatorBadge } from './IndicatorBadge';

interface NumericAnswerProps {
  item: AuditItemQuestion;
  value: number | null;
  disabled: boolean;
  problem?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  onCommit(value: number | null): void;
  onDone(): void;
}

/** The measured value, judged against the target as it is typed; saved after a pause, on Enter or when leaving the field. */
export function NumericAnswer({ item, value, disabled, problem, inputRef, onCommit, onDone }: NumericAnswerProps) {
  const { t, formatNumber } = useI18n();
  const [typed, setTyped] = useState<number | ''>(value ?? '');
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The committed value changed (saved, or restored after a refusal): show it.
    setLastValue(value);
    setTyped(value ?? '');
  }
  const current = typed === '' ? null : typed;
  const localProblem = current === null ? null : numericValueIssue(item, current);
  const unit = item.numericUnit === '%' ? '%' : item.numericUnit ? ` ${item.numericUnit}` : '';
  const commit = () => {
    if (current !== value && !localProblem) onCommit(current);
  };
  const commitAfterPause = useEffectEvent((next: number | null) => onCommit(next));
  useEffect(() => {
    if (current === value || localProblem) return;
    const timer = setTimeout(() => commitAfterPause(current), 600);
    return () => clearTimeout(timer);
  }, [current, value, localProblem]);

  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <NumberInput
        size="xs"
        ref={inputRef}
        aria-label={t('audits.checklist.valueFor', { code: item.code })}
        value={typed}
        onChange={(next) => setTyped(typeof next === 'number' ? next : toNumber(next))}
        decimalSeparator=","
        thousandSeparator="."
        suffix={item.numericUnit === '%' ? '%' : undefined}
        rightSection={item.numericUnit && item.numericUnit !== '%' ? <Text size="xs" c="dimmed">{item.numericUnit}</Text> : undefined}
        rightSectionWidth={item.numericUnit && item.numericUnit !== '%' ? 80 : undefined}
        hideControls
        w={200}
        disabled={disabled}
        error={localProblem ?? problem}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'Escape') {
            event.preventDefault();
            commit();
            onDone();
          }
        }}
      />
      {item.comparator && item.threshold !== null && (
        <Text size="sm" mt={6}>
          {t('audits.indicator.target', { target: `${comparatorSymbols[item.comparator]} ${formatNumber(item.threshold, 2)}${unit}` })}
        </Text>
      )}
      <div style={{ marginTop: 4 }}>
        <IndicatorBadge met={localProblem ? null : evaluateIndicator(item, current)} />
      </div>
    </Group>
  );
}

/** A half-typed "98," is 98; a lone "-" or nothing is no value yet. */
function toNumber(text: string): number | '' {
  const parsed = Number(text.replace(/\./g, '').replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(parsed) ? parsed : '';
}
