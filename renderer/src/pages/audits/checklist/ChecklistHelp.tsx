import { Kbd, Modal, Table } from '@mantine/core';
import { memo } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../../../electron/shared/i18n/catalog';

const shortcuts: [string[], MessageKey][] = [
  [['1', '…', '6'], 'audits.help.results'],
  [['1', '2'], 'audits.help.yesNo'],
  [['X'], 'audits.help.notApplicable'],
  [['Enter'], 'audits.help.value'],
  [['N'], 'audits.help.next'],
  [['↑', '↓'], 'audits.help.arrows'],
  [['Home', 'End'], 'audits.help.ends'],
  [['E'], 'audits.help.note'],
  [['F'], 'audits.help.finding'],
  [['A'], 'audits.help.attach'],
  [['Ctrl', 'V'], 'audits.help.paste'],
  [['Esc'], 'audits.help.back'],
  [['?'], 'audits.help.help'],
];

/** The checklist's keys, also shown in each control's tooltip. */
export const ChecklistHelp = memo(function ChecklistHelp({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('audits.help.title')} size="lg" centered returnFocus>
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {shortcuts.map(([keys, label]) => (
            <Table.Tr key={label}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {keys.map((key, index) => (key === '…' ? ' … ' : <Kbd key={index} mr={4}>{key}</Kbd>))}
              </Table.Td>
              <Table.Td>{t(label)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
});
