import { Alert, Button, FileButton, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import { unitColumns } from '../../../../electron/shared/workbooks/unitsWorkbookLayout';
import { readAsBase64 } from '../../api/binaryFiles';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';

/** "Nhập từ Excel": the expected columns, the button, and every refused row listed by number. */
export function UnitsImport() {
  const { t } = useI18n();
  const importXlsx = useApiCommand('units.importXlsx');
  const pick = async (file: File | null) => {
    if (!file) return;
    const created = await importXlsx.run({ fileName: file.name, base64: await readAsBase64(file) });
    if (!created) return;
    notifications.show({ color: 'green', message: t('setup.units.created', { count: created.length }) });
  };
  const problems = importXlsx.error?.issues ?? [];
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('units.import.layout', { columns: unitColumns.map((column) => (column.required ? `${column.header}*` : column.header)).join(', ') })}
      </Text>
      <FileButton onChange={(file) => void pick(file)} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
        {(props) => (
          <Button {...props} variant="light" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} loading={importXlsx.running} w="fit-content">
            {t('units.import.button')}
          </Button>
        )}
      </FileButton>
      {problems.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('units.import.refused', { count: problems.length })} data-testid="units-import-problems">
          <List size="sm" spacing={2}>
            {problems.map((issue) => (
              <List.Item key={`${issue.path}-${issue.message}`}>{issue.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
