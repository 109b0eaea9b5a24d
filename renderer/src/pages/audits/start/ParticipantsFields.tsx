import type { FormErrors, GetInputPropsReturnType } from '@mantine/form';
import type { StartOptions } from '../../../../../electron/shared/contract/audits';
import type { TeamRole } from '../../../../../electron/shared/contract/vocabulary';
import { RepresentativesEditor } from './RepresentativesEditor';
import { TeamEditor } from './TeamEditor';

interface ParticipantValues {
  team: { personId: string; role: TeamRole }[];
  representatives: { fullName: string; position?: string; personId?: string | null }[];
}

/** What the fields need of a form holding a team and representatives (the start form, the audit's information form). */
interface ParticipantsForm {
  getValues(): ParticipantValues;
  errors: FormErrors;
  getInputProps(path: string): GetInputPropsReturnType;
  setFieldValue(path: string, value: string): void;
  insertListItem(path: 'team' | 'representatives', item: unknown): void;
  removeListItem(path: 'team' | 'representatives', index: number): void;
}

interface ParticipantsFieldsProps {
  form: ParticipantsForm;
  people: StartOptions['people'];
  inspectedUnitId: string;
}

/** The team and the unit's representatives, in the start form and in the audit's information form alike. */
export function ParticipantsFields({ form, people, inspectedUnitId }: ParticipantsFieldsProps) {
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
