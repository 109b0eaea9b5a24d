import { Alert, Badge, Group, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { IssuedMinutesView } from '../../../../electron/shared/contract/minutes';
import type { PdfSignatureView } from '../../../../electron/shared/contract/signing';
import { formatInstant } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { localize } from '../../../../electron/shared/i18n/catalog';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';
import { useSignatureReport } from './useSignatureReport';

const changedAfterKey = {
  NONE: 'signatureReport.changedNone',
  LATER_SIGNATURES: 'signatureReport.changedLaterSignatures',
  UNSIGNED_CHANGES: 'signatureReport.changedUnsigned',
} as const satisfies Record<PdfSignatureView['changedAfter'], MessageKey>;

/** Every signature in the issued PDF: who, when, whether it holds, what came after it, and whether its chain is trusted. */
export function SignatureReportModal({ minutes, onClose }: { minutes: IssuedMinutesView | null; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal opened={minutes !== null} onClose={onClose} title={t('signatureReport.title', { code: minutes?.documentCode ?? '' })} size="lg" centered returnFocus>
      {minutes && <SignatureReport minutesId={minutes.id} />}
    </Modal>
  );
}

function SignatureReport({ minutesId }: { minutesId: string }) {
  const { t, language } = useI18n();
  const report = useSignatureReport(minutesId);
  if (!report.data) return report.error ? <Alert color="red">{report.error.message}</Alert> : <Loader size="sm" />;
  if (report.data.length === 0) return <Text c="dimmed">{t('signatureReport.none')}</Text>;
  return (
    <Stack gap="sm">
      {report.data.map((signature, index) => (
        <Paper key={`${signature.fieldName}-${index}`} component="section" withBorder p="sm" radius="md" aria-label={signature.fieldName}>
          <Stack gap={4}>
            <Group gap="xs">
              <Text fw={600}>
                {index + 1}. {signature.certificate?.subjectName ?? signature.fieldName}
              </Text>
              {signature.valid ? (
                <Badge color="green" tt="none" leftSection={<IconCircleCheck size={12} aria-hidden />}>
                  {t('signatureReport.valid')}
                </Badge>
              ) : (
                <Badge color="red" tt="none" leftSection={<IconCircleX size={12} aria-hidden />}>
                  {t('signatureReport.invalid')}
                </Badge>
              )}
              {signature.certificate &&
                (signature.certificate.trusted ? (
                  <Badge color="green" variant="light" tt="none">
                    {t('certificate.trusted')}
                  </Badge>
                ) : (
                  <Badge color="orange" variant="light" tt="none" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                    {t('certificate.untrusted')}
                  </Badge>
                ))}
            </Group>
            <Text size="sm">{t('signatureReport.block', { field: signature.fieldName })}</Text>
            <Text size="sm">{t('signatureReport.when', { at: signature.signedAt ? formatInstant(signature.signedAt) : '—' })}</Text>
            <Text size="sm" c={signature.timestamp?.valid === false ? 'red' : signature.timestamp ? undefined : 'orange.9'}>
              {signature.timestamp === null
                ? t('signingRules.report.noTimestamp')
                : signature.timestamp.valid
                  ? t('signingRules.report.timestamp', { time: formatInstant(signature.timestamp.time), authority: signature.timestamp.authority })
                  : t('signingRules.report.timestampInvalid')}
            </Text>
            {signature.certificate && <Text size="sm">{t('signatureReport.issuer', { issuer: signature.certificate.issuerName, serial: signature.certificate.serialNumberHex })}</Text>}
            <Text size="sm" c={signature.changedAfter === 'UNSIGNED_CHANGES' ? 'red' : undefined}>
              {t(changedAfterKey[signature.changedAfter])}
            </Text>
            {signature.problem && (
              <Alert color="red" variant="light" p="xs">
                {localize(signature.problem, language)}
              </Alert>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
