import type { UseFormReturnType } from '@mantine/form';
import type { StartOptions } from '../../../../../electron/shared/contract/audits';
import type { TeamRole } from '../../../../../electron/shared/contract/vocabulary';
import { RepresentativesEditor } from './RepresentativesEditor';
import { TeamEditor } from './TeamEditor';

interface ParticipantValues {
  team: { personId: string; role: TeamRole }[];
  representatives: { fullName: string; position?: string; personId?: string | null }[];
}

interface ParticipantsFieldsProps<V extends ParticipantValues> {
  form: UseFormReturnType<V>;
  people: StartOptions['people'];
  inspectedUnitId: string;
}

/** The team and the unit's representatives, in the start form and in the audit's information form alike. */
export function ParticipantsFields<V extends ParticipantValues>({ form: anyForm, people, inspectedUnitId }: ParticipantsFieldsProps<V>) {
  const form = anyForm as unknown as UseFormReturnType<ParticipantValues>;
  const values = form.getValues();
  const errorAt = (path: string) => (typeof form.errors[path] === 'string' ? (form.errors[path] as string) : undefined);
  return (
    <>
      <TeamEditor
        members={values.team}
        people={people}
        inspectedUnitId={inspectedUnitId}
        inputProps={(path) => form.getInputProps(path)}
        error={errorAt('team')}
        onAdd={() => form.insertListItem('team', { personId: '', role: 'thanh_vien' })}
        onRemove={(index) => form.removeListItem('team', index)}
      />
      <RepresentativesEditor
        count={values.representatives.length}
        unitPeople={people.filter((person) => person.unitId === inspectedUnitId)}
        inputProps={(path) => form.getInputProps(path)}
        error={errorAt('representatives')}
        onPickPerson={(index, person) => {
          form.setFieldValue(`representatives.${index}.position`, person.position);
          form.setFieldValue(`representatives.${index}.personId`, person.id);
        }}
        onAdd={() => form.insertListItem('representatives', { fullName: '', position: '', personId: null })}
        onRemove={(index) => form.removeListItem('representatives', index)}
      />
    </>
  );
}
