import { DateInput, DatesProvider } from '@mantine/dates';
import type { DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { boundDay, outOfRangeMessage } from './dateRange';
import { parseTypedDate } from './parseTypedDate';

// Set here, with the only date field, so that the first screen loads neither dayjs nor @mantine/dates.
dayjs.locale('vi');
const calendarSettings = { locale: 'vi', firstDayOfWeek: 1 } as const;

/**
 * A calendar date shown and typed as dd/MM/yyyy, valued as yyyy-MM-dd, that never loses what was typed:
 * Esc closes its calendar (not the dialog around it), Enter does not submit the form, and a day outside
 * `minDate`–`maxDate` stays in the field with a message stating the range, instead of being reverted.
 * Such a field carries `data-out-of-range`, which stops `useContractForm`'s submit.
 */
export function WardDateInput({ minDate, maxDate, error, popoverProps, onKeyDown, onChange, ...props }: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const { t } = useI18n();
  const [pickerOpen, setPickerOpen] = useState(false);
  const [outside, setOutside] = useState<ReturnType<typeof outOfRangeMessage>>(null);
  const min = boundDay(minDate);
  const max = boundDay(maxDate);

  const parse = (text: string) => {
    const day = parseTypedDate(text);
    setOutside(day ? outOfRangeMessage(day, min, max) : null);
    return day;
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The browser submits a form on Enter in a text field; a date is confirmed by leaving the field.
    if (event.key === 'Enter') event.preventDefault();
    onKeyDown?.(event);
  };

  return (
    <DatesProvider settings={calendarSettings}>
      <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={parse}
      minDate={minDate}
      maxDate={maxDate}
      fixOnBlur={!outside}
      error={outside ? t(outside.key, outside.params) : error}
      data-out-of-range={outside ? 'true' : undefined}
      // The dialog's Esc handler leaves alone a key pressed in an element marked so.
      data-mantine-stop-propagation={pickerOpen ? 'true' : undefined}
      popoverProps={{
        ...popoverProps,
        onOpen: () => {
          setPickerOpen(true);
          popoverProps?.onOpen?.();
        },
        onClose: () => {
          setPickerOpen(false);
          popoverProps?.onClose?.();
        },
      }}
      onKeyDown={keyDown}
      onChange={(value) => {
        setOutside(null);
        onChange?.(value);
      }}
      {...props}
      />
    </DatesProvider>
  );
}
