import { Fieldset, Group, Select, Stack } from '@mantine/core';
import type { StartOptions } from '../../../../../electron/shared/contract/audits';
import { teamRoles } from '../../../../../electron/shared/contract/vocabulary';
import type { TeamRole } from '../../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../../i18n/I18nProvider';
import { RemoveRowButton, RowsFooter } from './rowControls';
import type { FieldProps } from './AuditHeaderFields';

interface TeamEditorProps {
  members: { personId: string; role: TeamRole }[];
  people: StartOptions['people'];
  inspectedUnitId: string;
  inputProps: FieldProps;
  /** A rule on the team as a whole (one leader, …). */
  error?: string;
  onAdd(): void;
  onRemove(index: number): void;
}

/** The team from the people directory; people of the inspected unit are shown but cannot be chosen (independence). */
export function TeamEditor({ members, people, inspectedUnitId, inputProps, error, onAdd, onRemove }: TeamEditorProps) {
  const { t } = useI18n();
  const options = people.map((person) => {
    const ownUnit = person.unitId !== null && person.unitId === inspectedUnitId;
    const unit = person.unitName ? ` — ${person.unitName}` : '';
    return {
      value: person.id,
      label: ownUnit ? `${person.fullName}${unit} (${t('audits.team.ownUnit')})` : `${person.fullName}${unit}`,
      disabled: ownUnit,
    };
  });
  return (
    <Fieldset legend={t('audits.team.title')}>
      <Stack gap="xs">
        {members.map((_, index) => (
          <Group key={index} align="flex-start" wrap="nowrap" data-testid="team-member">
            <Select
              label={t('audits.team.person')}
              placeholder={t('audits.team.personPlaceholder')}
              searchable
              withAsterisk
              data={options}
              style={{ flex: 1 }}
              nothingFoundMessage={t('audits.team.nobody')}
              {...inputProps(`team.${index}.personId`)}
            />
            <Select
              label={t('audits.team.role')}
              allowDeselect={false}
              w={170}
              data={teamRoles.map((role) => ({ value: role, label: t(`audits.role.${role}`) }))}
              {...inputProps(`team.${index}.role`)}
            />
            <RemoveRowButton label={t('audits.team.remove')} row={index + 1} disabled={members.length === 1} onClick={() => onRemove(index)} />
          </Group>
        ))}
        <RowsFooter error={error} addLabel={t('audits.team.add')} onAdd={onAdd} />
      </Stack>
    </Fieldset>
  );
}
