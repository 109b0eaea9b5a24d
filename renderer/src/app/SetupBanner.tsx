import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n } from '../i18n/I18nProvider';

/** Says on every page why no document can be issued yet, and leads to the setup. */
export function SetupBanner({ onOpen }: { onOpen(): void }) {
  const { t } = useI18n();
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} mb="md" role="status" data-testid="setup-banner">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('setup.banner')}</Text>
        <Button size="xs" variant="filled" color="orange" onClick={onOpen}>
          {t('setup.open')}
        </Button>
      </Group>
    </Alert>
  );
}
