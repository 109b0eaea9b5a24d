import { Button, FileInput, Group, List, Paper, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { IconEye, IconFileZip, IconPackageImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportedPackage, PackagePreview } from '../../../../electron/shared/contract/packages';
import { formatInstant } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { usePackageUpload } from './usePackageFiles';

interface Props {
  previewing: boolean;
  importing: boolean;
  onPreview(input: { uploadId: string; password?: string }): Promise<PackagePreview | undefined>;
  onImport(input: { uploadId: string; password?: string }): Promise<ImportedPackage | undefined>;
}

const MB = 1024 * 1024;

/** A package file the user picks: staged, checked and shown first (what, from where, when), then imported; what changed is said after. */
export function ImportPanel({ previewing, importing, onPreview, onImport }: Props) {
  const { t, formatNumber } = useI18n();
  const chosen = usePackageUpload();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [preview, setPreview] = useState<PackagePreview>();
  const [imported, setImported] = useState<ImportedPackage>();
  const uploadId = chosen.state?.uploadId;
  const input = () => ({ uploadId: uploadId!, password: password || undefined });
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <Stack gap="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setImported(undefined);
          void onPreview(input()).then(setPreview);
        }}
      >
        <Group grow align="flex-end">
          <FileInput
            label={t('packages.import.file')}
            placeholder={t('packages.import.choose')}
            accept=".zip,application/zip"
            leftSection={<IconFileZip size={18} aria-hidden />}
            value={file}
            clearable
            onChange={(picked) => {
              setFile(picked);
              setPreview(undefined);
              setImported(undefined);
              void chosen.upload(picked);
            }}
            required
          />
          <PasswordInput label={t('packages.password')} value={password} onChange={(event) => setPassword(event.currentTarget.value)} autoComplete="off" />
        </Group>
        {chosen.state && !uploadId && (
          <Stack gap={4} mt="xs" role="status">
            <Text size="sm">{t('packages.import.uploading', { done: formatNumber(chosen.state.done / MB, 1), total: formatNumber(chosen.state.total / MB, 1) })}</Text>
            <Progress value={chosen.state.total === 0 ? 0 : (100 * chosen.state.done) / chosen.state.total} aria-hidden />
          </Stack>
        )}
        <Group justify="flex-end" mt="sm">
          <Button type="submit" variant="light" leftSection={<IconEye size={18} aria-hidden />} loading={previewing} disabled={!uploadId}>
            {t('packages.import.preview')}
          </Button>
        </Group>
      </form>
      {preview && (
        <Paper withBorder p="md" radius="md" data-testid="package-preview">
          <Text fw={600}>{t(`packages.kind.${preview.kind}`)}</Text>
          <Text size="sm">{t('packages.preview.from', { machine: preview.fromMachine, time: formatInstant(preview.createdAt) })}</Text>
          <Text size="sm">{t('packages.preview.counts', { audits: preview.audits.length, records: total(preview.counts), files: preview.files, bytes: `${formatNumber(preview.bytes / MB, 1)} MB` })}</Text>
          <List size="sm" mt="xs">
            {preview.audits.map((audit) => (
              <List.Item key={audit.id}>{audit.title}</List.Item>
            ))}
          </List>
          {preview.alreadyImported && <Text size="sm" c="dimmed" mt="xs">{t('packages.import.nothingChanged')}</Text>}
          <Group justify="flex-end" mt="sm">
            <Button
              leftSection={<IconPackageImport size={18} aria-hidden />}
              loading={importing}
              onClick={() =>
                void onImport(input()).then((result) => {
                  if (!result) return;
                  setImported(result);
                  setPreview(undefined);
                  setFile(null);
                  chosen.clear();
                  setPassword('');
                })
              }
            >
              {t('packages.import.submit')}
            </Button>
          </Group>
        </Paper>
      )}
      {imported && (
        <Text size="sm" role="status" data-testid="package-imported">
          {imported.imported
            ? t('packages.import.done', { added: imported.added, changed: imported.changed, removed: imported.removed, files: imported.newFiles })
            : t('packages.import.nothingChanged')}
        </Text>
      )}
    </Stack>
  );
}
