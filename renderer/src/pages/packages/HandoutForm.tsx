import { Button, Group, MultiSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  /** Audits that can go: in progress and not away. */
  options: { value: string; label: string }[];
  running: boolean;
  onHandOut(input: { auditIds: string[]; machineName: string; password?: string }): Promise<boolean>;
}

/** Choose audits and the receiving laptop; the package is written and the audits turn read-only here. */
export function HandoutForm({ options, running, onHandOut }: Props) {
  const { t } = useI18n();
  const [auditIds, setAuditIds] = useState<string[]>([]);
  const [machineName, setMachineName] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void onHandOut({ auditIds, machineName: machineName.trim(), password: password || undefined }).then((done) => {
          if (!done) return;
          setAuditIds([]);
          setPassword('');
        });
      }}
    >
      <Stack gap="sm">
        <MultiSelect label={t('packages.handout.audits')} data={options} value={auditIds} onChange={setAuditIds} searchable required nothingFoundMessage={t('packages.handout.noAudits')} />
        <Group grow align="flex-start">
          <TextInput label={t('packages.handout.machine')} value={machineName} onChange={(event) => setMachineName(event.currentTarget.value)} required />
          <PasswordInput label={t('packages.password')} description={t('packages.passwordHint')} value={password} onChange={(event) => setPassword(event.currentTarget.value)} autoComplete="new-password" />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconPackageExport size={18} aria-hidden />} loading={running} disabled={auditIds.length === 0 || machineName.trim() === ''}>
            {t('packages.handout.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
