import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';

/** The target 1.2 choice for public service units; saved at once, like any switch. */
export function CchcScopeSetting({ includePublicServiceUnits }: { includePublicServiceUnits: boolean }) {
  const { t } = useI18n();
  const save = useApiCommand('settings.update');
  return (
    <Switch
      label={t('settings.includePublicServiceUnits')}
      description={t('settings.includePublicServiceUnitsHint')}
      checked={includePublicServiceUnits}
      disabled={save.running}
      onChange={async (event) => {
        if (await save.run({ includePublicServiceUnits: event.currentTarget.checked })) notifications.show({ color: 'green', message: t('settings.scopeSaved') });
      }}
    />
  );
}
