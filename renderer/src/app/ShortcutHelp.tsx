import { Kbd, List, Modal } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider';

export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('help.title')} centered>
      <List spacing="xs">
        <List.Item>
          <Kbd>?</Kbd> — {t('help.openHelp')}
        </List.Item>
        <List.Item>{t('help.nav')}</List.Item>
        <List.Item>{t('wayfinding.help.search')}</List.Item>
        <List.Item>{t('help.enterSaves')}</List.Item>
      </List>
    </Modal>
  );
}
