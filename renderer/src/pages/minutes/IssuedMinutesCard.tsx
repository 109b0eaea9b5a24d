import { Badge, Button, Code, Group, List, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCertificate, IconDownload, IconEye, IconFilePlus, IconPrinter, IconShieldCheck, IconUsb } from '@tabler/icons-react';
import type { IssuedMinutesView } from '../../../../electron/shared/contract/minutes';
import type { LoadDocument } from '../../api/documentOutput';
import { formatCalendarDate, formatInstant } from '../../../../electron/shared/dates';
import { WordCopyButton } from '../../components/WordCopyButton';
import { useI18n } from '../../i18n/I18nProvider';

interface IssuedMinutesCardProps {
  minutes: IssuedMinutesView;
  busy: boolean;
  onOpen(): void;
  onSave(): void;
  /** Fetches the Word copy, for the browser's download (the desktop app saves it by reference). */
  loadWordCopy: LoadDocument;
  onPrint(): void;
  onSign(): void;
  onSignWithToken(): void;
  onCheckSignatures(): void;
  onCorrect(): void;
}

/** One issued minutes: number, who issued it when, its fingerprints, its signatures, and what can be done with it. */
export function IssuedMinutesCard({ minutes, busy, onOpen, onSave, loadWordCopy, onPrint, onSign, onSignWithToken, onCheckSignatures, onCorrect }: IssuedMinutesCardProps) {
  const { t } = useI18n();
  const unsignedCount = minutes.signatureFields.filter((field) => !field.signed).length;
  // The blocks are signed in their order: the first unsigned one is the only one that can be signed now.
  const nextKey = minutes.signatureFields.find((field) => !field.signed)?.signerKey;
  return (
    <Paper withBorder p="md" radius="md" data-testid="issued-minutes" aria-label={t('minutes.issued.label', { code: minutes.documentCode })} component="section">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {minutes.revision === 0
                ? t('minutes.issued.heading', { code: minutes.documentCode })
                : t('minutes.issued.supplementHeading', { code: minutes.documentCode, first: minutes.supersedesCode ?? '' })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('minutes.issued.dated', { date: formatCalendarDate(minutes.documentDate) })} · {t('minutes.issued.byWhen', { by: minutes.issuedBy, at: formatInstant(minutes.issuedAt) })}
            </Text>
          </Stack>
          {minutes.fileIntact ? (
            <Badge color="green" variant="light" tt="none" leftSection={<IconShieldCheck size={14} aria-hidden />}>
              {t('minutes.issued.intact')}
            </Badge>
          ) : (
            <Badge color="red" variant="filled" tt="none" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
              {t('minutes.issued.tampered')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text size="xs">{t('minutes.issued.contentHash')}</Text>
          <Tooltip label={minutes.contentSha256}>
            <Code>{minutes.contentSha256.slice(0, 16)}…</Code>
          </Tooltip>
          <Text size="xs">{t('minutes.issued.pdfHash')}</Text>
          <Tooltip label={minutes.latestSha256}>
            <Code>{minutes.latestSha256.slice(0, 16)}…</Code>
          </Tooltip>
        </Group>
        <Text size="sm" fw={600}>
          {t('signingRules.progress', { signed: minutes.signatureFields.length - unsignedCount, total: minutes.signatureFields.length })}
        </Text>
        <List size="sm" spacing={4} aria-label={t('minutes.issued.signatures')}>
          {minutes.signatureFields.map((field) => (
            <List.Item key={field.signerKey} icon={field.signed ? <IconCertificate size={16} color="var(--mantine-color-green-7)" aria-hidden /> : undefined}>
              {field.signed
                ? t('minutes.issued.signedBy', { field: field.fieldName, by: field.signedBy ?? '', at: field.signedAt ? formatInstant(field.signedAt) : '' })
                : t('minutes.issued.notSigned', { field: field.fieldName })}
              {field.signerKey === nextKey && (
                <Badge ml="xs" size="sm" variant="light" color="blue" tt="none">
                  {t('signingRules.nextToSign')}
                </Badge>
              )}
            </List.Item>
          ))}
        </List>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconEye size={16} aria-hidden />} onClick={onOpen} disabled={busy || !minutes.fileIntact}>
            {t('minutes.open')}
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={onSave} disabled={busy || !minutes.fileIntact}>
            {t('minutes.save')}
          </Button>
          <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={onPrint} disabled={busy || !minutes.fileIntact}>
            {t('minutes.print')}
          </Button>
          <WordCopyButton documentRef={{ kind: 'minutesDocx', minutesId: minutes.id }} load={loadWordCopy} disabled={busy} />
          <Button variant="light" leftSection={<IconUsb size={16} aria-hidden />} onClick={onSignWithToken} disabled={busy || !minutes.fileIntact || unsignedCount === 0}>
            {t('tokenSigning.action')}
          </Button>
          <Button variant="light" leftSection={<IconCertificate size={16} aria-hidden />} onClick={onSign} disabled={busy || !minutes.fileIntact || unsignedCount === 0}>
            {t('minutes.signDigitally')}
          </Button>
          {unsignedCount < minutes.signatureFields.length && (
            <Button variant="subtle" leftSection={<IconShieldCheck size={16} aria-hidden />} onClick={onCheckSignatures} disabled={busy || !minutes.fileIntact}>
              {t('signatureReport.action')}
            </Button>
          )}
          {minutes.revision === 0 && (
            <Button variant="subtle" leftSection={<IconFilePlus size={16} aria-hidden />} onClick={onCorrect} disabled={busy}>
              {t('minutes.correct.action')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
