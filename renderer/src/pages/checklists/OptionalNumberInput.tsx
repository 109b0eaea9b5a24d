import { NumberInput } from '@mantine/core';
import type { NumberInputProps } from '@mantine/core';

interface OptionalNumberInputProps extends Omit<NumberInputProps, 'value' | 'onChange'> {
  value?: number | null;
  onChange?(value: number | null): void;
}

/** A number that may be left empty: empty is null (as the contract has it), never ''. Decimal comma as in Vietnamese. */
export function OptionalNumberInput({ value, onChange, ...props }: OptionalNumberInputProps) {
  return (
    <NumberInput
      decimalSeparator=","
      thousandSeparator="."
      {...props}
      value={value ?? ''}
      onChange={(next) => onChange?.(typeof next === 'number' ? next : null)}
    />
  );
}
