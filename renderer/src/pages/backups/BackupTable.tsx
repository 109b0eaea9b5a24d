import { Badge, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { BackupView } from '../../../../electron/shared/contract/backups';
import { formatInstant } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';

const MB = 1024 * 1024;

/** The backups in the folder, newest first; `actions` adds a cell per row (restore). */
export function BackupTable({ backups, actions }: { backups: BackupView[]; actions?: (backup: BackupView) => ReactNode }) {
  const { t, formatNumber } = useI18n();
  return (
    <Table striped highlightOnHover data-testid="backup-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('backups.colTime')}</Table.Th>
          <Table.Th ta="right">{t('backups.colSize')}</Table.Th>
          <Table.Th ta="right">{t('backups.colAudits')}</Table.Th>
          <Table.Th>{t('backups.colReason')}</Table.Th>
          <Table.Th>{t('backups.colVersion')}</Table.Th>
          {actions && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.fileName}>
            <Table.Td>
              <Text size="sm">{formatInstant(backup.createdAt)}</Text>
              <Text size="xs" c="dimmed">
                {backup.fileName}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{t('backups.sizeMb', { size: formatNumber(backup.size / MB, 1) })}</Table.Td>
            <Table.Td ta="right">{backup.problem ? '' : formatNumber(backup.auditCount, 0)}</Table.Td>
            <Table.Td>
              {backup.problem ? (
                <Badge color="red" variant="light" title={backup.problem}>
                  {t('backups.unusable')}
                </Badge>
              ) : (
                <>
                  <Text size="sm">{t(`backups.reason.${backup.reason}`)}</Text>
                  {backup.basedOn.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('backups.basedOn', { files: backup.basedOn.join(', ') })}
                    </Text>
                  )}
                </>
              )}
            </Table.Td>
            <Table.Td>{backup.appVersion}</Table.Td>
            {actions && <Table.Td ta="right">{actions(backup)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
