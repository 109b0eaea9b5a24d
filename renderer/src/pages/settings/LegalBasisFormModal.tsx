import { Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { legalBasisDocumentKinds, legalBasisFields } from '../../../../electron/shared/contract/legalBases';
import type { LegalBasisDocumentKind, LegalBasisView } from '../../../../electron/shared/contract/legalBases';
import type { OrganizationView } from '../../../../electron/shared/contract/organization';
import { fillLegalBasis } from '../../../../electron/shared/legalBasisText';
import { FormActions } from '../../components/FormActions';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';

export type LegalBasisFormValues = {
  text: string;
  documentKinds: LegalBasisDocumentKind[];
};

interface LegalBasisFormModalProps {
  opened: boolean;
  editing: LegalBasisView | null;
  organization: OrganizationView;
  year: number;
  saving: boolean;
  onSubmit(values: LegalBasisFormValues): void;
  onClose(): void;
}

const blank: LegalBasisFormValues = { text: '', documentKinds: ['cchc_minutes', 'iso_minutes', 'plan'] };

/** One basis: its wording (with placeholders, previewed as it will print) and the documents it goes on. */
export function LegalBasisFormModal({ opened, editing, organization, year, saving, onSubmit, onClose }: LegalBasisFormModalProps) {
  const { t } = useI18n();
  const form = useContractForm<LegalBasisFormValues>({
    schema: legalBasisFields,
    opened,
    record: editing,
    values: () => (editing ? { text: editing.text, documentKinds: editing.documentKinds } : blank),
  });

  const text = form.values.text.trim();
  return (
    <FormDialog dirty={form.isDirty()} opened={opened} onClose={onClose} title={t(editing ? 'legalBases.editTitle' : 'legalBases.createTitle')} size="lg" centered returnFocus>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack>
          <Textarea label={t('legalBases.text')} description={t('legalBases.hint')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('text')} />
          {text && (
            <Text size="sm" fs="italic" data-testid="legal-basis-preview">
              {t('legalBases.preview', { year, text: fillLegalBasis(text, organization, year) })}
            </Text>
          )}
          <Checkbox.Group label={t('legalBases.kinds')} {...form.getInputProps('documentKinds')}>
            <Group mt="xs">
              {legalBasisDocumentKinds.map((kind) => (
                <Checkbox key={kind} value={kind} label={t(`legalBases.kind.${kind}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}
