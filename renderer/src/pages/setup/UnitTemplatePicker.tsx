import { Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { UnitTemplateRow } from '../../../../electron/shared/contract/setup';
import { unitCategories } from '../../../../electron/shared/contract/units';
import type { UnitCategory } from '../../../../electron/shared/contract/units';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';

interface PickedRow extends UnitTemplateRow {
  picked: boolean;
}

/** The typical units of a ward, each ticked or not and editable, created in one step (all or nothing). */
export function UnitTemplatePicker({ template }: { template: UnitTemplateRow[] }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<PickedRow[]>(() => template.map((row) => ({ ...row, picked: row.preselected })));
  const createMany = useApiCommand('units.createMany');
  const chosen = rows.filter((row) => row.picked);
  const change = (index: number, patch: Partial<PickedRow>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const create = async () => {
    const created = await createMany.run({
      units: chosen.map(({ code, name, shortName, category, isoApplying }) => ({ code: code.trim(), name: name.trim(), shortName, category, isoApplying })),
    });
    if (!created) return;
    notifications.show({ color: 'green', message: t('setup.units.created', { count: created.length }) });
  };

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('setup.units.templateTitle')}</Text>
      <Text size="sm" c="dimmed">
        {t('setup.units.templateHint')}
      </Text>
      <Table verticalSpacing={4} data-testid="unit-template">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('setup.units.pick')}</Table.Th>
            <Table.Th w={130}>{t('units.col.code')}</Table.Th>
            <Table.Th>{t('units.col.name')}</Table.Th>
            <Table.Th w={270}>{t('units.col.type')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={template[index]!.code}>
              <Table.Td>
                <Checkbox aria-label={`${t('setup.units.pick')}: ${row.name}`} checked={row.picked} onChange={(event) => change(index, { picked: event.currentTarget.checked })} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={`${t('units.col.code')}: ${row.name}`} value={row.code} onChange={(event) => change(index, { code: event.currentTarget.value })} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={`${t('units.col.name')}: ${template[index]!.name}`} value={row.name} onChange={(event) => change(index, { name: event.currentTarget.value })} />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${t('units.col.type')}: ${row.name}`}
                  allowDeselect={false}
                  data={unitCategories.map((category) => ({ value: category, label: t(`unitCategory.${category}`) }))}
                  value={row.category}
                  onChange={(value) => value && change(index, { category: value as UnitCategory })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end">
        <Button onClick={() => void create()} loading={createMany.running} disabled={chosen.length === 0}>
          {t('setup.units.createChosen', { count: chosen.length })}
        </Button>
      </Group>
    </Stack>
  );
}
