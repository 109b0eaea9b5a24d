import { Button, Divider, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPackageExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExportedPackage, HandoverView } from '../../../../electron/shared/contract/packages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyHint } from '../../components/EmptyHint';
import { useI18n } from '../../i18n/I18nProvider';
import { BackupProgress } from '../backups/BackupProgress';
import { HandoutForm } from './HandoutForm';
import { HandoverTable } from './HandoverTable';
import { ImportPanel } from './ImportPanel';
import { downloadPackage } from './usePackageFiles';
import { usePackages } from './usePackages';

/** Cài đặt → Gói dữ liệu: hand audits out, send results back, check and import a package, cancel a hand-out. */
export function PackagesSection() {
  const { t } = useI18n();
  const { handovers, audits, handOut, exportResult, exportFollowup, preview, importPackage, cancelHandover } = usePackages();
  const [resultPassword, setResultPassword] = useState('');
  const [toCancel, setToCancel] = useState<HandoverView>();
  /** The package just written is handed to the user at once: a download in the browser, "save as" in the desktop app. */
  const announce = async (written: ExportedPackage | undefined) => {
    if (!written) return false;
    const refusal = await downloadPackage(written.fileName);
    notifications.show(refusal ? { color: 'red', title: t('common.error'), message: refusal.message } : { color: 'green', message: t('packages.downloaded', { file: written.fileName }) });
    return true;
  };
  const list = handovers.data ?? [];
  const away = new Set(list.filter((h) => h.direction === 'out' && h.returnedAt === null).map((h) => h.auditId));
  const options = (audits.data ?? []).filter((audit) => audit.status === 'in_progress' && !away.has(audit.id)).map((audit) => ({ value: audit.id, label: audit.title }));
  const received = list.some((h) => h.direction === 'in');
  return (
    <Stack>
      {list.length > 0 ? <HandoverTable
          handovers={list}
          cancelling={cancelHandover.running}
          onCancel={setToCancel}
          exporting={exportFollowup.running}
          onFollowup={(handover) => void exportFollowup.run({ auditIds: [handover.auditId] }).then(announce)}
        /> : <EmptyHint message={t('packages.none')} />}
      <Divider />
      <Title order={3} size="h5">
        {t('packages.handout.title')}
      </Title>
      <HandoutForm options={options} running={handOut.running} onHandOut={async (input) => announce(await handOut.run(input))} />
      {received && (
        <>
          <Divider />
          <Title order={3} size="h5">
            {t('packages.export.result')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('packages.export.resultHint')}
          </Text>
          <Group align="flex-end">
            <PasswordInput style={{ flex: 1 }} label={t('packages.password')} value={resultPassword} onChange={(event) => setResultPassword(event.currentTarget.value)} autoComplete="new-password" />
            <Button leftSection={<IconPackageExport size={18} aria-hidden />} loading={exportResult.running} onClick={() => void exportResult.run({ password: resultPassword || undefined }).then(announce)}>
              {t('packages.export.result')}
            </Button>
          </Group>
        </>
      )}
      <Divider />
      <Title order={3} size="h5">
        {t('packages.import.title')}
      </Title>
      <ImportPanel previewing={preview.running} importing={importPackage.running} onPreview={preview.run} onImport={importPackage.run} />
      <BackupProgress active={handOut.running || exportResult.running || exportFollowup.running || importPackage.running} />
      <ConfirmDialog
        opened={toCancel !== undefined}
        title={t('packages.cancelHandover')}
        message={toCancel ? t('packages.cancelHandover.confirm', { machine: toCancel.machineName }) : ''}
        confirmLabel={t('packages.cancelHandover')}
        danger
        onConfirm={() => {
          if (toCancel) void cancelHandover.run({ auditId: toCancel.auditId });
          setToCancel(undefined);
        }}
        onCancel={() => setToCancel(undefined)}
      />
    </Stack>
  );
}
