import { Alert, Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconShieldCheck } from '@tabler/icons-react';
import type { CertificateCheckView } from '../../../../electron/shared/contract/signing';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { localDateOf } from '../../../../electron/shared/dates';
import { localize } from '../../../../electron/shared/i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';

const day = (iso: string) => formatCalendarDate(localDateOf(new Date(iso)));

/**
 * What the signer sees about a certificate before signing (before the PIN, or before a PKCS#12 file
 * signs): who, issued by whom, until when, and the checks; the token's name when it is on a token.
 */
export function CertificateCheckCard({ certificate }: { certificate: CertificateCheckView & { tokenLabel?: string } }) {
  const { t, language } = useI18n();
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text fw={600}>{certificate.subjectName}</Text>
        {certificate.refusal ? (
          <Badge color="red" tt="none" leftSection={<IconBan size={12} aria-hidden />}>
            {t('certificate.refused')}
          </Badge>
        ) : certificate.trusted ? (
          <Badge color="green" variant="light" tt="none" leftSection={<IconShieldCheck size={12} aria-hidden />}>
            {t('certificate.trusted')}
          </Badge>
        ) : (
          <Badge color="orange" variant="light" tt="none" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
            {t('certificate.untrusted')}
          </Badge>
        )}
        <Badge color={certificate.revocation.status === 'GOOD' ? 'green' : 'gray'} variant="outline" tt="none">
          {certificate.revocation.status === 'GOOD' ? t('certificate.revocationGood', { method: certificate.revocation.method }) : t('certificate.revocationNotChecked')}
        </Badge>
      </Group>
      <Table withRowBorders={false} verticalSpacing={0} fz="sm">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={150}>{t('certificate.issuer')}</Table.Th>
            <Table.Td>{certificate.issuerName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('certificate.serial')}</Table.Th>
            <Table.Td>
              <Text span ff="monospace" fz="xs">
                {certificate.serialNumberHex}
              </Text>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('certificate.validity')}</Table.Th>
            <Table.Td>{t('certificate.validityRange', { from: day(certificate.notBefore), to: day(certificate.notAfter) })}</Table.Td>
          </Table.Tr>
          {certificate.tokenLabel !== undefined && (
            <Table.Tr>
              <Table.Th>{t('certificate.token')}</Table.Th>
              <Table.Td>{certificate.tokenLabel}</Table.Td>
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Th>{t('certificate.chain')}</Table.Th>
            <Table.Td>
              {certificate.chain.length === 0 ? (
                t('certificate.chainEmpty')
              ) : (
                <List size="sm" spacing={0}>
                  {certificate.chain.map((link) => (
                    <List.Item key={link.subjectName}>
                      {link.subjectName}
                      {link.trusted ? ` — ${t('certificate.trusted')}` : ''}
                    </List.Item>
                  ))}
                </List>
              )}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {certificate.refusal && (
        <Alert color="red" variant="light" p="xs">
          {localize(certificate.refusal, language)}
        </Alert>
      )}
      {certificate.warnings.map((warning) => (
        <Alert key={warning.key} color="orange" variant="light" p="xs">
          {localize(warning, language)}
        </Alert>
      ))}
    </Stack>
  );
}
