import { Badge, Button, Table, Text } from '@mantine/core';
import { IconCheck, IconSignature } from '@tabler/icons-react';
import type { MinutesSignerView } from '../../../../electron/shared/contract/minutes';
import type { AuditKind } from '../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

interface MinutesSignersTableProps {
  kind: AuditKind;
  signers: MinutesSignerView[];
  onEditSignature(signer: MinutesSignerView): void;
}

/** Who signs the minutes, and whether each block will carry a signature image or stay blank for ink. */
export function MinutesSignersTable({ kind, signers, onEditSignature }: MinutesSignersTableProps) {
  const { t } = useI18n();
  return (
    <Table striped withTableBorder verticalSpacing="xs" aria-label={t('minutes.signers.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('minutes.signers.block')}</Table.Th>
          <Table.Th>{t('minutes.signers.name')}</Table.Th>
          <Table.Th>{t('minutes.signers.image')}</Table.Th>
          <Table.Th>{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {signers.map((signer) => (
          <Table.Tr key={signer.key}>
            <Table.Td>{t(`minutes.block.${kind}.${signer.role}` as MessageKey)}</Table.Td>
            <Table.Td>{signer.fullName}</Table.Td>
            <Table.Td>
              {signer.hasSignatureImage ? (
                <Badge color="green" variant="light" tt="none" leftSection={<IconCheck size={12} aria-hidden />}>
                  {t('minutes.signers.hasImage')}
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('minutes.signers.blankForInk')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {signer.personId ? (
                <Button size="xs" variant="default" leftSection={<IconSignature size={14} aria-hidden />} onClick={() => onEditSignature(signer)}>
                  {t(signer.hasSignatureImage ? 'minutes.signers.changeImage' : 'minutes.signers.addImage')}
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('minutes.signers.notLinked')}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
