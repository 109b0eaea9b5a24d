import { Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { managementReviewFields } from '../../../../electron/shared/contract/reports';
import type { ManagementReviewTexts, ReportTexts } from '../../../../electron/shared/contract/reports';
import { FormActions } from '../../components/FormActions';
import { useI18n } from '../../i18n/I18nProvider';

const textFields = ['assessment', 'causes', 'nextTasks', 'recommendations'] as const;
type Values = Record<(typeof textFields)[number], string> & { recipients: string; managementReview?: ManagementReviewTexts };

/** The free-text parts of a draft; read-only once issued. Recipients are typed one per line. */
export function ReportTextsForm({ texts, readOnly, saving, onSave }: { texts: ReportTexts; readOnly: boolean; saving: boolean; onSave(texts: ReportTexts): Promise<boolean> }) {
  const { t } = useI18n();
  const form = useForm<Values>({ mode: 'controlled', initialValues: { ...texts, recipients: texts.recipients.join('\n') } });
  const submit = form.onSubmit(async (values) => {
    const saved = await onSave({ ...values, recipients: values.recipients.split('\n').map((line) => line.trim()).filter(Boolean) });
    if (saved) {
      notifications.show({ color: 'green', message: t('reports.texts.saved') });
      form.resetDirty();
    }
  });
  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} onReset={() => form.reset()} aria-labelledby="report-texts-title">
      <Title order={2} size="h4" id="report-texts-title" mb="xs">
        {t('reports.texts.title')}
      </Title>
      <Stack gap="sm">
        {texts.managementReview && (
          <>
            <Title order={3} size="h5">
              {t('isoReports.review.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('isoReports.review.hint')}
            </Text>
            {managementReviewFields.map((field) => (
              <Textarea key={field} label={t(`isoReports.review.${field}`)} autosize minRows={2} readOnly={readOnly} {...form.getInputProps(`managementReview.${field}`)} />
            ))}
          </>
        )}
        {textFields.map((field) => (
          <Textarea key={field} label={t(`reports.texts.${field}`)} autosize minRows={3} readOnly={readOnly} {...form.getInputProps(field)} />
        ))}
        <Textarea label={t('reports.texts.recipients')} autosize minRows={3} readOnly={readOnly} {...form.getInputProps('recipients')} />
      </Stack>
      {!readOnly && <FormActions saving={saving} dirty={form.isDirty()} />}
    </Paper>
  );
}
