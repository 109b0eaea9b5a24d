import { Stack, Text, Textarea } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import type { ApiError } from '../../../../electron/shared/contract';
import { minutesMethods } from '../../../../electron/shared/contract/minutes';
import type { IssuedMinutesView } from '../../../../electron/shared/contract/minutes';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import { DialogActions } from '../../components/DialogActions';

const correctFormSchema = minutesMethods['minutes.correct'].input.omit({ minutesId: true });

interface CorrectMinutesModalProps {
  minutes: IssuedMinutesView | null;
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(corrections: string): void;
  onClose(): void;
}

/** A biên bản bổ sung: the additions and corrections, issued with a number of its own. */
export function CorrectMinutesModal({ minutes, saving, serverError, onSubmit, onClose }: CorrectMinutesModalProps) {
  const { t } = useI18n();
  const form = useContractForm<{ corrections: string }>({
    schema: correctFormSchema,
    opened: minutes !== null,
    record: minutes?.id,
    values: () => ({ corrections: '' }),
    serverError,
  });

  return (
    <FormDialog dirty={form.isDirty()} opened={minutes !== null} onClose={onClose} title={t('minutes.correct.title', { code: minutes?.documentCode ?? '' })} size="lg" centered returnFocus>
      <form onSubmit={form.onSubmit((values) => onSubmit(values.corrections))} noValidate>
        <Stack>
          <Text size="sm">{t('minutes.correct.intro', { code: minutes?.documentCode ?? '' })}</Text>
          <Textarea
            label={t('minutes.correct.content')}
            description={t('minutes.correct.contentHint')}
            withAsterisk
            autosize
            minRows={6}
            maxRows={14}
            data-autofocus
            {...form.getInputProps('corrections')}
            onKeyDown={(event) => {
              // Enter makes a new line here; Ctrl+Enter saves.
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.form?.requestSubmit();
            }}
          />
          <DialogActions submitLabel={t('minutes.correct.submit')} icon={<IconFilePlus size={16} aria-hidden />} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}
