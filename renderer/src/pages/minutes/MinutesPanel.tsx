import { Alert, Badge, Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileCertificate, IconEye, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuditDetail } from '../../../../electron/shared/contract/audits';
import type { IssuedMinutesView, MinutesFile, MinutesSignerView } from '../../../../electron/shared/contract/minutes';
import { WordCopyButton } from '../../components/WordCopyButton';
import type { DocumentRef } from '../../../../electron/shared/documentRef';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyHint } from '../../components/EmptyHint';
import { useI18n } from '../../i18n/I18nProvider';
import { localize } from '../../../../electron/shared/i18n/catalog';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';
import { SignatureImageEditor } from '../signatures/SignatureImageEditor';
import { MinutesClosingFields, missingBeforeIssue } from './MinutesClosingFields';
import { CorrectMinutesModal } from './CorrectMinutesModal';
import { IssuedMinutesCard } from './IssuedMinutesCard';
import { MinutesSignersTable } from './MinutesSignersTable';
import { PdfPreviewModal } from './PdfPreviewModal';
import { SignMinutesModal } from './SignMinutesModal';
import { SignWithTokenModal } from './SignWithTokenModal';
import { SignatureReportModal } from './SignatureReportModal';
import { useDocumentOutput } from '../../hooks/useDocumentOutput';
import { pdfDocument } from '../../api/documentOutput';
import { timestampNotice } from './timestampNotice';
import { fileToBase64, useMinutesActions, useMinutesOverview } from './useMinutes';

const statusColours = { in_progress: 'blue', closed: 'teal', locked: 'gray' } as const;

interface MinutesPanelProps {
  audit: AuditDetail;
}

/** The "Biên bản" tab of an audit: preview, issue (which locks the audit), reopen, print, sign, supplement. */
export function MinutesPanel({ audit }: MinutesPanelProps) {
  const { t, language } = useI18n();
  const auditId = audit.id;
  const overview = useMinutesOverview(auditId);
  const actions = useMinutesActions();
  const [preview, setPreview] = useState<{ file: MinutesFile; documentRef: DocumentRef; title: string } | null>(null);
  const output = useDocumentOutput();
  const [confirmingIssue, setConfirmingIssue] = useState(false);
  const [signing, setSigning] = useState<IssuedMinutesView | null>(null);
  const [signingWithToken, setSigningWithToken] = useState<IssuedMinutesView | null>(null);
  const [checkingSignatures, setCheckingSignatures] = useState<IssuedMinutesView | null>(null);
  const [correcting, setCorrecting] = useState<IssuedMinutesView | null>(null);
  const [editingSignature, setEditingSignature] = useState<MinutesSignerView | null>(null);

  const data = overview.data;
  if (!data) return overview.error ? <Alert color="red">{overview.error.message}</Alert> : <Loader aria-label={t('common.loading')} />;

  const busy = actions.draft.running || actions.issue.running || actions.correct.running || actions.open.running || actions.sign.running || actions.draftDocx.running || actions.openDocx.running;
  const canIssue = data.issueBlockers.length === 0;
  const showDraft = async () => {
    const file = await actions.draft.run({ auditId });
    if (file) setPreview({ file, documentRef: { kind: 'minutesDraft', auditId }, title: t('minutes.draftTitle') });
  };
  const issue = async () => {
    setConfirmingIssue(false);
    const issued = await actions.issue.run({ auditId });
    if (!issued) return;
    notifications.show({ color: 'green', message: t('minutes.issuedNotice', { code: issued.documentCode }) });
  };
  const openIssued = (minutes: IssuedMinutesView) => actions.open.run({ minutesId: minutes.id });
  const showIssued = async (minutes: IssuedMinutesView) => {
    const file = await openIssued(minutes);
    if (file) setPreview({ file, documentRef: { kind: 'minutes', minutesId: minutes.id }, title: t('minutes.issued.heading', { code: minutes.documentCode }) });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={2} size="h3">
            {t('minutes.title')}
          </Title>
          <Badge color={statusColours[data.status]} variant="light" tt="none" leftSection={data.status === 'locked' ? <IconLock size={12} aria-hidden /> : undefined}>
            {t(`minutes.auditStatus.${data.status}` as MessageKey)}
          </Badge>
        </Group>
        <Group gap="xs">
          {data.status !== 'locked' && (
            <Button variant="default" leftSection={<IconEye size={16} aria-hidden />} onClick={() => void showDraft()} loading={actions.draft.running} disabled={busy && !actions.draft.running}>
              {t('minutes.viewDraft')}
            </Button>
          )}
          {data.status !== 'locked' && <WordCopyButton documentRef={{ kind: 'minutesDraftDocx', auditId }} load={() => actions.draftDocx.run({ auditId })} disabled={busy && !actions.draftDocx.running} />}
          {data.status !== 'locked' && (
            <Button leftSection={<IconFileCertificate size={16} aria-hidden />} onClick={() => setConfirmingIssue(true)} disabled={!canIssue || busy} loading={actions.issue.running}>
              {t('minutes.issue')}
            </Button>
          )}
        </Group>
      </Group>

      {!canIssue && data.status !== 'locked' && (
        <Alert color="yellow" title={t('minutes.cannotIssueYet')}>
          <List size="sm">
            {data.issueBlockers.map((blocker) => (
              <List.Item key={blocker.key}>{localize(blocker, language)}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <MinutesClosingFields audit={audit} />

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('minutes.signers.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('minutes.signers.explanation')}
        </Text>
        <MinutesSignersTable kind={data.kind} signers={data.signers} onEditSignature={setEditingSignature} />
      </Stack>

      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('minutes.issued.title')}
        </Title>
        {data.issued.length === 0 ? (
          <EmptyHint
            message={t(canIssue ? 'minutes.issued.emptyReady' : 'minutes.issued.empty')}
            action={
              <Button variant="default" leftSection={<IconEye size={16} aria-hidden />} onClick={() => void showDraft()} loading={actions.draft.running}>
                {t('minutes.viewDraft')}
              </Button>
            }
          />
        ) : (
          data.issued.map((minutes) => (
            <IssuedMinutesCard
              key={minutes.id}
              minutes={minutes}
              busy={busy}
              onOpen={() => void showIssued(minutes)}
              onSave={() => void output('save', { kind: 'minutes', minutesId: minutes.id }, async () => pdfDocument(await openIssued(minutes)))}
              loadWordCopy={() => actions.openDocx.run({ minutesId: minutes.id })}
              onPrint={() => void output('print', { kind: 'minutes', minutesId: minutes.id }, async () => pdfDocument(await openIssued(minutes)))}
              onSign={() => setSigning(minutes)}
              onSignWithToken={() => setSigningWithToken(minutes)}
              onCheckSignatures={() => setCheckingSignatures(minutes)}
              onCorrect={() => setCorrecting(minutes)}
            />
          ))
        )}
      </Stack>

      <PdfPreviewModal preview={preview} onClose={() => setPreview(null)} />
      <ConfirmDialog
        opened={confirmingIssue}
        title={t('minutes.confirmIssueTitle')}
        message={[missingBeforeIssue(audit, t), t('minutes.confirmIssue', { unit: data.unitName })].filter(Boolean).join(' ')}
        confirmLabel={t('minutes.issue')}
        onConfirm={() => void issue()}
        onCancel={() => setConfirmingIssue(false)}
      />
      <SignatureReportModal minutes={checkingSignatures} onClose={() => setCheckingSignatures(null)} />
      <SignWithTokenModal
        minutes={signingWithToken}
        onClose={() => setSigningWithToken(null)}
        onUseFile={() => {
          setSigning(signingWithToken);
          setSigningWithToken(null);
        }}
        onSigned={(signed) => {
          notifications.show({ color: 'green', message: t('tokenSigning.done', { code: signed.documentCode }) });
          notifications.show({ ...timestampNotice(t, signed.timestamp), autoClose: 12_000 });
          setSigningWithToken(null);
        }}
      />
      <SignMinutesModal
        minutes={signing}
        saving={actions.sign.running}
        serverError={actions.sign.error}
        onClose={() => setSigning(null)}
        onSubmit={(values) =>
          void (async () => {
            if (!signing) return;
            const signed = await actions.sign.run({ minutesId: signing.id, signerKey: values.signerKey, password: values.password, p12Base64: await fileToBase64(values.p12File) });
            if (!signed) return;
            notifications.show({ color: 'green', message: t('minutes.sign.done', { code: signed.documentCode }) });
            notifications.show({ ...timestampNotice(t, signed.timestamp), autoClose: 12_000 });
            setSigning(null);
          })()
        }
      />
      <CorrectMinutesModal
        minutes={correcting}
        saving={actions.correct.running}
        serverError={actions.correct.error}
        onClose={() => setCorrecting(null)}
        onSubmit={(corrections) =>
          void (async () => {
            if (!correcting) return;
            const issued = await actions.correct.run({ minutesId: correcting.id, corrections });
            if (!issued) return;
            notifications.show({ color: 'green', message: t('minutes.correct.done', { code: issued.documentCode }) });
            setCorrecting(null);
          })()
        }
      />
      {editingSignature?.personId && (
        <SignatureImageEditor
          opened
          personId={editingSignature.personId}
          personName={editingSignature.fullName}
          onClose={() => setEditingSignature(null)}
        />
      )}
    </Stack>
  );
}
