import { Text } from '@mantine/core';
import { useState } from 'react';
import { year as yearField } from '../../../../electron/shared/contract/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { OptionalNumberInput } from './OptionalNumberInput';

/** The draft's year, saved when the field is left or Enter is pressed, not at every keystroke. Keyed by the saved year. */
export function DraftYearInput({ year, onSave }: { year: number | null; onSave(year: number | null): void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(year);
  const check = value === null ? null : yearField.safeParse(value);
  const error = check && !check.success ? check.error.issues[0]?.message : undefined;
  const commit = () => {
    if (!error && value !== year) onSave(value);
  };
  return (
    <OptionalNumberInput
      aria-label={t('checklists.form.year')}
      placeholder={t('checklists.noYear')}
      leftSection={<Text size="xs">{t('checklists.yearShort')}</Text>}
      leftSectionWidth={44}
      size="xs"
      w={error ? 260 : 130}
      thousandSeparator=""
      allowDecimal={false}
      value={value}
      error={error}
      onChange={setValue}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setValue(year);
      }}
    />
  );
}
