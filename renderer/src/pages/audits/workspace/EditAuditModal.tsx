import { Stack } from '@mantine/core';
import type { ApiError } from '../../../../../electron/shared/contract';
import { editAuditForm } from '../../../../../electron/shared/contract/audits';
import type { AuditDetail, EditAuditFormValues, StartOptions } from '../../../../../electron/shared/contract/audits';
import type { TeamRole } from '../../../../../electron/shared/contract/vocabulary';
import { FormActions } from '../../../components/FormActions';
import { useContractForm } from '../../../hooks/useContractForm';
import { useI18n } from '../../../i18n/I18nProvider';
import { FormDialog } from '../../../components/FormDialog';
import { AuditHeaderFields } from '../start/AuditHeaderFields';
import { ParticipantsFields } from '../start/ParticipantsFields';

type Values = Required<EditAuditFormValues>;

function valuesOf(audit: AuditDetail): Values {
  return {
    title: audit.title,
    startDate: audit.startDate,
    endDate: audit.endDate,
    place: audit.place,
    decisionNumber: audit.decisionNumber,
    decisionDate: audit.decisionDate,
    planNumber: audit.planNumber,
    planDate: audit.planDate,
    objective: audit.objective,
    scope: audit.scope,
    criteria: audit.criteria,
    team: audit.team.map((member) => ({ personId: member.personId ?? '', role: member.role as TeamRole })),
    representatives: audit.representatives.map((r) => ({ fullName: r.fullName, position: r.position, personId: r.personId })),
  };
}

interface EditAuditModalProps {
  audit: AuditDetail;
  opened: boolean;
  people: StartOptions['people'];
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: Values): void;
  onClose(): void;
}

/** The audit's information, team and representatives, with the same rules as when it started. */
export function EditAuditModal({ audit, opened, people, saving, serverError, onSubmit, onClose }: EditAuditModalProps) {
  const { t } = useI18n();
  const form = useContractForm<Values>({ schema: editAuditForm, opened, values: () => valuesOf(audit), serverError, validateInputOnBlur: true });
  return (
    <FormDialog dirty={form.isDirty()} opened={opened} onClose={onClose} title={t('audits.info.editTitle')} size="xl" centered returnFocus>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack gap="md">
          <AuditHeaderFields kind={audit.kind} startDate={form.getValues().startDate} inputProps={(field) => form.getInputProps(field)} />
          <ParticipantsFields form={form} people={people} inspectedUnitId={audit.unitId} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}
