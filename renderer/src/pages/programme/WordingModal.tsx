import { Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import type { FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { programmeDocumentFields } from '../../../../electron/shared/contract/programme';
import type { ProgrammeDocumentSettings } from '../../../../electron/shared/contract/programme';
import { FormActions } from '../../components/FormActions';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

type ListField = 'purposes' | 'requirements' | 'implementation' | 'recipients';
const listFields: ListField[] = ['purposes', 'requirements', 'implementation', 'recipients'];
type WordingValues = Record<ListField | 'cchcContent' | 'isoContent', string>;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const toDocument = (values: WordingValues): ProgrammeDocumentSettings => ({
  purposes: lines(values.purposes),
  requirements: lines(values.requirements),
  implementation: lines(values.implementation),
  recipients: lines(values.recipients),
  cchcContent: values.cchcContent.trim(),
  isoContent: values.isoContent.trim(),
});

const toValues = (document: ProgrammeDocumentSettings): WordingValues => ({
  purposes: document.purposes.join('\n'),
  requirements: document.requirements.join('\n'),
  implementation: document.implementation.join('\n'),
  recipients: document.recipients.join('\n'),
  cchcContent: document.cchcContent,
  isoContent: document.isoContent,
});

/** "purposes.2" → "purposes": an error on one paragraph shows under its text box. */
function fieldOfEachError(errors: FormErrors): FormErrors {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.split('.')[0], message]));
}

/** The printed plan's wording, a setting shared by every year's plan: one paragraph per line. */
export function WordingModal({ opened, document, onClose }: { opened: boolean; document: ProgrammeDocumentSettings; onClose(): void }) {
  const { t } = useI18n();
  const save = useApiCommand('settings.update');
  const documentErrors = schemaResolver(programmeDocumentFields, { sync: true });
  const form = useContractForm<WordingValues>({
    check: (values) => fieldOfEachError(documentErrors(toDocument(values))),
    opened,
    record: document,
    values: () => toValues(document),
  });

  const submit = form.onSubmit(async (values) => {
    if (await save.run({ programmeDocument: toDocument(values) })) {
      notifications.show({ color: 'green', message: t('programme.wording.saved') });
      onClose();
    }
  });
  const area = (field: keyof WordingValues, rows: number) => (
    <Textarea key={field} label={t(`programme.wording.${field}` as MessageKey)} autosize minRows={rows} maxRows={10} {...form.getInputProps(field)} />
  );
  return (
    <FormDialog dirty={form.isDirty()} opened={opened} onClose={onClose} title={t('programme.wording.title')} size="xl" centered returnFocus>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('programme.wording.hint')}
          </Text>
          {area('purposes', 3)}
          {area('requirements', 3)}
          {area('cchcContent', 2)}
          {area('isoContent', 2)}
          {listFields.slice(2).map((field) => area(field, 3))}
          <FormActions saving={save.running} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}
