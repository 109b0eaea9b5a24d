import { ActionIcon, FileButton, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconTrash } from '@tabler/icons-react';
import { formatCalendarDate, localDateOf } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { fileToBase64 } from '../minutes/useMinutes';
import { useTrustList } from './useTrustList';

/** The root (and intermediate) CA certificates the ward trusts: VGCA and public-CA roots, imported from their .cer files. */
export function TrustListSettings() {
  const { t } = useI18n();
  const { list, add, remove } = useTrustList();
  const certificates = list.data ?? [];
  return (
    <>
      {certificates.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('trustList.empty')}
        </Text>
      ) : (
        <Table mb="sm" aria-label={t('trustList.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trustList.subject')}</Table.Th>
              <Table.Th>{t('trustList.notAfter')}</Table.Th>
              <Table.Th>{t('trustList.fingerprint')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {certificates.map((certificate) => (
              <Table.Tr key={certificate.id}>
                <Table.Td>{certificate.subjectName}</Table.Td>
                <Table.Td>{formatCalendarDate(localDateOf(new Date(certificate.notAfter)))}</Table.Td>
                <Table.Td>
                  <Tooltip label={certificate.fingerprintSha256}>
                    <Text span ff="monospace" fz="xs">
                      {certificate.fingerprintSha256.slice(0, 16)}…
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('trustList.remove', { name: certificate.subjectName })}
                    onClick={() => void remove.run({ id: certificate.id })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <FileButton
          accept=".cer,.crt,.der,.pem,application/pkix-cert,application/x-x509-ca-cert"
          onChange={async (file) => {
            if (!file) return;
            const added = await add.run({ cerBase64: await fileToBase64(file) });
            if (!added) return;
            notifications.show({ color: 'green', message: t('trustList.added', { name: added.subjectName }) });
          }}
        >
          {(props) => (
            <Button variant="light" leftSection={<IconCertificate size={16} aria-hidden />} loading={add.running} {...props}>
              {t('trustList.import')}
            </Button>
          )}
        </FileButton>
      </Group>
    </>
  );
}
