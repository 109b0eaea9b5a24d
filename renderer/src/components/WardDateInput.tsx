import { DateInput } from '@mantine/dates';
import type { DateInputProps } from '@mantine/dates';
import { parseTypedDate } from './parseTypedDate';

/** A calendar date shown and typed as dd/MM/yyyy, valued as yyyy-MM-dd. */
export function WardDateInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return <DateInput valueFormat="DD/MM/YYYY" dateParser={parseTypedDate} {...props} />;
}
