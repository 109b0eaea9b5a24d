import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

interface LabelledSegmentsProps<Value extends string> {
  label: string;
  value: Value;
  data: { value: Value; label: string }[];
  onChange(value: Value): void;
}

/** A segmented control with a visible label that names its radio group. */
export function LabelledSegments<Value extends string>({ label, value, data, onChange }: LabelledSegmentsProps<Value>) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={labelId} value={value} onChange={(next) => onChange(next as Value)} data={data} />
    </Stack>
  );
}
