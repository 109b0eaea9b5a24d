import { Group, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { EmptyHint } from '../../components/EmptyHint';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionTable } from './ActionTable';
import { useActionEditor } from './useActionEditor';

interface UnitActionsListProps {
  unitId: string;
}

/** For a unit's page: the corrective actions the unit answers for, most urgent first. */
export function UnitActionsList({ unitId }: UnitActionsListProps) {
  const { t } = useI18n();
  const [includeClosed, setIncludeClosed] = useState(false);
  const actions = useApiQuery('actions.byUnit', { unitId, includeClosed });
  const editor = useActionEditor();
  const rows = actions.data ?? [];
  return (
    <Stack gap="sm" data-testid="unit-actions">
      <Group justify="space-between">
        <Switch label={t('actions.byUnit.includeClosed')} checked={includeClosed} onChange={(event) => setIncludeClosed(event.currentTarget.checked)} />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('actions.count', { count: rows.length })}
        </Text>
      </Group>
      {!actions.loading && rows.length === 0 ? (
        <EmptyHint message={t('actions.byUnit.empty')} />
      ) : (
        <ActionTable rows={rows} onOpen={(row) => editor.open(row.id)} height="min(60vh, 560px)" />
      )}
      {editor.elements}
    </Stack>
  );
}
