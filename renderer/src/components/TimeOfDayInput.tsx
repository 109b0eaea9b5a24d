import { TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';

/**
 * A time of day typed as HH:mm on the 24-hour clock, as Vietnamese documents write it. Not the
 * browser's time picker, which follows the machine's locale (and may show "05:00 PM").
 */
export function TimeOfDayInput(props: Omit<TextInputProps, 'type'>) {
  return <TextInput placeholder="16:30" maxLength={5} inputMode="numeric" autoComplete="off" styles={{ input: { width: 110 } }} {...props} />;
}
