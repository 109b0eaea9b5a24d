import { Autocomplete, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import type { StartOptions } from '../../../../../electron/shared/contract/audits';
import { useI18n } from '../../../i18n/I18nProvider';
import { RemoveRowButton, RowsFooter } from './rowControls';
import type { FieldProps } from './AuditHeaderFields';

interface RepresentativesEditorProps {
  count: number;
  /** People of the inspected unit, offered as names; anyone else can be typed. */
  unitPeople: StartOptions['people'];
  inputProps: FieldProps;
  error?: string;
  onPickPerson(index: number, person: StartOptions['people'][number]): void;
  onAdd(): void;
  onRemove(index: number): void;
}

export function RepresentativesEditor({ count, unitPeople, inputProps, error, onPickPerson, onAdd, onRemove }: RepresentativesEditorProps) {
  const { t } = useI18n();
  return (
    <Fieldset legend={t('audits.reps.title')}>
      <Stack gap="xs">
        {Array.from({ length: count }, (_, index) => {
          const nameProps = inputProps(`representatives.${index}.fullName`);
          return (
            <Group key={index} align="flex-start" wrap="nowrap" data-testid="representative">
              <Autocomplete
                label={t('audits.reps.name')}
                withAsterisk
                style={{ flex: 1 }}
                data={unitPeople.map((person) => person.fullName)}
                {...nameProps}
                onChange={(value) => {
                  nameProps.onChange(value);
                  const person = unitPeople.find((p) => p.fullName === value);
                  if (person) onPickPerson(index, person);
                }}
              />
              <TextInput label={t('audits.reps.position')} style={{ flex: 1 }} {...inputProps(`representatives.${index}.position`)} />
              <RemoveRowButton label={t('audits.reps.remove')} row={index + 1} disabled={count === 1} onClick={() => onRemove(index)} />
            </Group>
          );
        })}
        <RowsFooter error={error} addLabel={t('audits.reps.add')} onAdd={onAdd} />
      </Stack>
    </Fieldset>
  );
}
