import { Accordion, Code, List, Table, Text } from '@mantine/core';
import { answerTypeWords, CHECKLIST_SHEET, checklistColumns, INFO_SHEET } from '../../../../electron/shared/workbooks/checklistWorkbookLayout';
import type { ChecklistColumnKey } from '../../../../electron/shared/workbooks/checklistWorkbookLayout';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

const columnHelp = (key: ChecklistColumnKey) => `checklists.import.column.${key}` as MessageKey;

/** The file layout, next to where the file is chosen; the same columns as an exported file. */
export function ImportColumnHelp() {
  const { t } = useI18n();
  return (
    <Accordion variant="contained" defaultValue={null}>
      <Accordion.Item value="layout">
        <Accordion.Control>{t('checklists.import.layoutTitle')}</Accordion.Control>
        <Accordion.Panel>
          <List size="sm" spacing={4} mb="sm">
            <List.Item>{t('checklists.import.layoutSheet', { sheet: CHECKLIST_SHEET })}</List.Item>
            <List.Item>{t('checklists.import.layoutRows')}</List.Item>
            <List.Item>{t('checklists.import.layoutInfo', { sheet: INFO_SHEET })}</List.Item>
            <List.Item>{t('checklists.import.layoutAnswerTypes', { types: Object.values(answerTypeWords).join(', ') })}</List.Item>
            <List.Item>{t('checklists.import.layoutSample')}</List.Item>
          </List>
          <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="import-columns">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('checklists.import.colHeader')}</Table.Th>
                <Table.Th>{t('checklists.import.colRequired')}</Table.Th>
                <Table.Th>{t('checklists.import.colMeaning')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checklistColumns.map((column) => (
                <Table.Tr key={column.key}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Code>{column.header}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(column.required ? 'common.yes' : 'common.no')}</Text>
                  </Table.Td>
                  <Table.Td>{t(columnHelp(column.key))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
