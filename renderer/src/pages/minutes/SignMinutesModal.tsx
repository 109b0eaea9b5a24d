import { FileInput, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { IconCertificate, IconEye } from '@tabler/icons-react';
import * as z from 'zod';
import type { ApiError } from '../../../../electron/shared/contract';
import { minutesMethods } from '../../../../electron/shared/contract/minutes';
import type { IssuedMinutesView } from '../../../../electron/shared/contract/minutes';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import { DialogActions } from '../../components/DialogActions';
import { CertificateCheckCard } from './CertificateCheckCard';
import { usePkcs12Preview } from './usePkcs12Preview';

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

/**
 * Sign in one block with a PKCS#12 file; the password is asked each time and never kept. The first
 * press shows the file's certificate (subject, issuer, validity, warnings); signing is the second.
 */
export function SignMinutesModal({ minutes, saving, serverError, onSubmit, onClose }: SignMinutesModalProps) {
  const { t } = useI18n();
  const preview = usePkcs12Preview();
  const unsigned = minutes?.signatureFields.filter((field) => !field.signed) ?? [];
  const form = useContractForm<SignFormValues>({
    schema: signFormSchema,
    opened: minutes !== null,
    record: minutes?.id,
    values: () => ({ signerKey: unsigned[0]?.signerKey ?? '', p12File: null, password: '' }),
    serverError: serverError ?? preview.error,
    fieldOf: (path) => (path === 'p12' ? 'p12File' : path),
    // A wrong password is typed again; the file stays chosen. (Cleared first: a change revalidates the field.)
    onRefusal: (refusal) => {
      if (refusal.issues?.some((issue) => issue.path === 'password')) form.setFieldValue('password', '');
    },
  });

  const certificate = preview.certificateFor(form.values.p12File, form.values.password);
  const maySign = certificate !== null && certificate.refusal === null;
  const close = () => {
    preview.clear();
    onClose();
  };

  return (
    <FormDialog dirty={form.isDirty()} opened={minutes !== null} onClose={close} title={t('minutes.sign.title', { code: minutes?.documentCode ?? '' })} size="lg" centered returnFocus>
      <form
        onSubmit={form.onSubmit((values) => {
          if (!values.p12File) return;
          if (maySign) onSubmit({ signerKey: values.signerKey, p12File: values.p12File, password: values.password });
          else void preview.read(values.p12File, values.password);
        })}
        noValidate
      >
        <Stack>
          <Text size="sm">{t('minutes.sign.intro')}</Text>
          <Select
            label={t('minutes.sign.block')}
            withAsterisk
            allowDeselect={false}
            data={unsigned.map((field, index) => ({ value: field.signerKey, label: index === 0 ? field.fieldName : t('signingRules.laterBlock', { field: field.fieldName }), disabled: index > 0 }))}
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
          {certificate && (
            <section aria-label={t('wayfinding.sign.certificate')}>
              <CertificateCheckCard certificate={certificate} />
            </section>
          )}
          <DialogActions
            submitLabel={maySign ? t('minutes.signDigitally') : t('wayfinding.sign.inspect')}
            icon={maySign ? <IconCertificate size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
            saving={saving || preview.running}
            onCancel={close}
          />
        </Stack>
      </form>
    </FormDialog>
  );
}
