import { FileInput, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { z } from 'zod';
import type { ApiError } from '../../../../electron/shared/contract';
import { minutesMethods } from '../../../../electron/shared/contract/minutes';
import type { IssuedMinutesView } from '../../../../electron/shared/contract/minutes';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import { DialogActions } from '../../components/DialogActions';

/** The contract's fields, with the certificate as the chosen file (sent as base64 on submit). */
const signFormSchema = minutesMethods['minutes.sign'].input.omit({ minutesId: true, p12Base64: true }).extend({
  p12File: z.instanceof(File, { error: 'Chưa chọn tệp chứng thư số (.p12, .pfx)' }),
});
export type SignFormValues = { signerKey: string; p12File: File | null; password: string };

interface SignMinutesModalProps {
  minutes: IssuedMinutesView | null;
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: { signerKey: string; p12File: File; password: string }): void;
  onClose(): void;
}

/** Sign in one block with a PKCS#12 file; the password is asked each time and never kept. */
export function SignMinutesModal({ minutes, saving, serverError, onSubmit, onClose }: SignMinutesModalProps) {
  const { t } = useI18n();
  const unsigned = minutes?.signatureFields.filter((field) => !field.signed) ?? [];
  const form = useContractForm<SignFormValues>({
    schema: signFormSchema,
    opened: minutes !== null,
    record: minutes?.id,
    values: () => ({ signerKey: unsigned[0]?.signerKey ?? '', p12File: null, password: '' }),
    serverError,
    fieldOf: (path) => (path === 'p12' ? 'p12File' : path),
    // A wrong password is typed again; the file stays chosen. (Cleared first: a change revalidates the field.)
    onRefusal: (refusal) => {
      if (refusal.issues?.some((issue) => issue.path === 'password')) form.setFieldValue('password', '');
    },
  });

  return (
    <FormDialog dirty={form.isDirty()} opened={minutes !== null} onClose={onClose} title={t('minutes.sign.title', { code: minutes?.documentCode ?? '' })} size="lg" centered returnFocus>
      <form
        onSubmit={form.onSubmit((values) => {
          if (values.p12File) onSubmit({ signerKey: values.signerKey, p12File: values.p12File, password: values.password });
        })}
        noValidate
      >
        <Stack>
          <Text size="sm">{t('minutes.sign.intro')}</Text>
          <Select
            label={t('minutes.sign.block')}
            withAsterisk
            allowDeselect={false}
            data={unsigned.map((field) => ({ value: field.signerKey, label: field.fieldName }))}
            data-autofocus
            {...form.getInputProps('signerKey')}
          />
          <FileInput
            label={t('minutes.sign.file')}
            description={t('minutes.sign.fileHint')}
            placeholder={t('minutes.sign.filePlaceholder')}
            accept=".p12,.pfx,application/x-pkcs12"
            leftSection={<IconCertificate size={16} aria-hidden />}
            withAsterisk
            clearable
            {...form.getInputProps('p12File')}
          />
          <PasswordInput label={t('minutes.sign.password')} description={t('minutes.sign.passwordHint')} autoComplete="off" {...form.getInputProps('password')} />
          <DialogActions submitLabel={t('minutes.signDigitally')} icon={<IconCertificate size={16} aria-hidden />} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}
