import { Button, Group, List, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconEye, IconPackageImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportedPackage, PackagePreview } from '../../../../electron/shared/contract/packages';
import { formatInstant } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  previewing: boolean;
  importing: boolean;
  onPreview(input: { filePath: string; password?: string }): Promise<PackagePreview | undefined>;
  onImport(input: { filePath: string; password?: string }): Promise<ImportedPackage | undefined>;
}

const MB = 1024 * 1024;

/** A package file: checked and shown first (what, from where, when), then imported; what changed is said after. */
export function ImportPanel({ previewing, importing, onPreview, onImport }: Props) {
  const { t, formatNumber } = useI18n();
  const [filePath, setFilePath] = useState('');
  const [password, setPassword] = useState('');
  const [preview, setPreview] = useState<PackagePreview>();
  const [imported, setImported] = useState<ImportedPackage>();
  const input = () => ({ filePath: filePath.trim(), password: password || undefined });
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
          <TextInput label={t('packages.import.file')} value={filePath} onChange={(event) => { setFilePath(event.currentTarget.value); setPreview(undefined); }} required />
          <PasswordInput label={t('packages.password')} value={password} onChange={(event) => setPassword(event.currentTarget.value)} autoComplete="off" />
        </Group>
        <Group justify="flex-end" mt="sm">
          <Button type="submit" variant="light" leftSection={<IconEye size={18} aria-hidden />} loading={previewing} disabled={filePath.trim() === ''}>
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
