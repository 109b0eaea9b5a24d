import { Menu, app, dialog } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { translate } from '../shared/i18n/catalog';
import type { MessageKey } from '../shared/i18n/catalog';

const t = (key: MessageKey) => translate('vi', key);

export function installVietnameseMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: t('menu.file'), submenu: [{ label: t('menu.quit'), role: 'quit' }] },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.reload'), role: 'reload' },
        { type: 'separator' },
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        { label: t('menu.resetZoom'), role: 'resetZoom' },
        { type: 'separator' },
        { label: t('menu.fullscreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        {
          label: t('menu.about'),
          click: () =>
            void dialog.showMessageBox({ type: 'info', title: t('app.title'), message: t('app.title'), detail: `${t('settings.version')} ${app.getVersion()}` }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
