import { Alert, Button, Code, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useState } from 'react';
import { useStoreHealth } from '../hooks/useStoreHealth';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A damaged store found by the background check: a dialog that says what happened and what to do, then a
 * banner that stays while the app only shows data (the back end refuses every write).
 */
export function StoreHealthNotice() {
  const { t } = useI18n();
  const health = useStoreHealth();
  const [stepsOpen, setStepsOpen] = useState(true);
  if (health?.state !== 'damaged') return null;
  return (
    <>
      <Alert color="red" variant="filled" icon={<IconAlertOctagon aria-hidden />} role="alert" mb="md" data-testid="store-damaged-banner">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('storeHealth.banner')}</Text>
          <Button size="xs" variant="white" color="red" onClick={() => setStepsOpen(true)}>
            {t('storeHealth.showSteps')}
          </Button>
        </Group>
      </Alert>
      <Modal
        opened={stepsOpen}
        onClose={() => setStepsOpen(false)}
        title={t('storeHealth.title')}
        size="xl"
        closeOnClickOutside={false}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('storeHealth.intro')}</Text>
          <ScrollArea.Autosize mah={380}>
            <Code block style={{ whiteSpace: 'pre-wrap' }}>
              {health.report}
            </Code>
          </ScrollArea.Autosize>
          <Group justify="flex-end">
            <Button color="red" onClick={() => setStepsOpen(false)} data-autofocus>
              {t('storeHealth.readOnly')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
